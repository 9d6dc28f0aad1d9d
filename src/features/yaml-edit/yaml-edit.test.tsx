// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { renderInBuilder } from '../../test-utils/render-builder';
import { byName, previewText, sectionById } from '../../test-utils/section-by-id';
import { Section } from '../builder/section';
import { ValuesPreview } from '../preview/values-preview';
import { YAML_EDIT_DEBOUNCE_MS } from './yaml-edit-panel';

afterEach(cleanup);

async function wait(ms: number) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function edit(text: string) {
  await act(async () => {
    fireEvent.change(screen.getByRole('textbox', { name: 'Edit values.yaml' }), { target: { value: text } });
  });
}

describe('editing the preview as YAML', () => {
  test('valid edits reach the form after the pause; invalid ones show line:column and keep the last valid values', async () => {
    renderInBuilder(
      <>
        <Section section={sectionById('ingress')} />
        <ValuesPreview />
      </>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Edit YAML' }));
    });
    // The editor is a lazily loaded chunk.
    expect(((await screen.findByRole('textbox', { name: 'Edit values.yaml' })) as HTMLTextAreaElement).value).toBe('{}\n');

    await edit('ingress:\n  enabled: true\n  hostName: polyaxon.acme.com\n');
    // Not before the pause.
    await wait(YAML_EDIT_DEBOUNCE_MS / 4);
    expect(byName('ingress.hostName').value).toBe('');
    await wait(YAML_EDIT_DEBOUNCE_MS + 100);
    expect(byName('ingress.hostName').value).toBe('polyaxon.acme.com');

    await edit('ingress:\n  enabled: true\n hostName: other.example.com\n');
    await wait(YAML_EDIT_DEBOUNCE_MS + 100);
    const error = screen.getByTestId('yaml-edit-error');
    expect(error.textContent).toMatch(/3:2/);
    expect(error.textContent).toContain('The form keeps the last valid values.');
    expect(byName('ingress.hostName').value).toBe('polyaxon.acme.com');

    // Done is refused while the text is invalid; discarding returns to the preview of the last valid values.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Done editing' }));
    });
    expect(screen.getByRole('textbox', { name: 'Edit values.yaml' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Discard the invalid text' }));
    });
    expect(previewText()).toBe('ingress:\n  enabled: true\n  hostName: polyaxon.acme.com\n');
  });

  test('edits go through the import pipeline: docs spellings are migrated and reported', async () => {
    renderInBuilder(<ValuesPreview />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Edit YAML' }));
    });
    await edit('timeZone: Europe/Berlin\n');
    await wait(YAML_EDIT_DEBOUNCE_MS + 100);
    expect(screen.getByTestId('import-migrations').textContent).toContain('Renamed timeZone to timezone');
    // Done right after typing applies the text at once.
    await edit('timeZone: Asia/Tokyo\n');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Done editing' }));
    });
    expect(previewText()).toBe('timezone: Asia/Tokyo\n');
  });
});
