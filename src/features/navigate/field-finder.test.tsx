// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { sectionOf, type SectionDef } from '../../schema/sections';
import type { Values } from '../../shared/values';
import '../../test-utils/preload-lazy';
import { renderInBuilder } from '../../test-utils/render-builder';
import { Section } from '../builder';
import { FieldFinder } from './field-finder';

afterEach(cleanup);

// The sections holding the lists these tests search in (rendering all of them is slow in jsdom).
const sections = [...new Set(['tolerations', 'ingress.tls', 'connections'].map((id) => sectionOf(id)))].filter((s): s is SectionDef => s !== undefined);

function renderFinder(changes: Values = {}) {
  const initialValues = { ...chartDefaults(LATEST_CHART_VERSION), ...changes };
  return renderInBuilder(
    <>
      <FieldFinder />
      {sections.map((s) => (
        <Section key={s.id} section={s} />
      ))}
    </>,
    { initialValues },
  );
}

/** Opens the finder, types `query` and returns the option whose key is `id`. */
async function search(query: string, id: string): Promise<HTMLElement> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /Search fields/ }));
  });
  const box = await screen.findByRole('combobox', { name: 'Search fields' });
  await act(async () => {
    fireEvent.change(box, { target: { value: query } });
  });
  const option = screen.getAllByRole('option').find((o) => o.querySelector('code')?.textContent === id);
  if (!option)
    throw new Error(
      `No option ${id} for "${query}": ${screen
        .getAllByRole('option')
        .map((o) => o.textContent)
        .join(' | ')}`,
    );
  return option;
}

async function choose(option: HTMLElement) {
  await act(async () => {
    fireEvent.click(option);
  });
}

describe('the field finder finds sub-fields', () => {
  test('an empty list: the hit says to add a row, choosing it opens the section and focuses the list’s Add button', async () => {
    renderFinder();
    const option = await search('effect', 'tolerations[].effect');
    expect(option.textContent).toContain('Effect');
    expect(option.textContent).toContain('in Tolerations (add a row)');
    await choose(option);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add toleration' })));
  });

  test('a list with rows: choosing a sub-field focuses its input in the first row', async () => {
    renderFinder({ tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'ml' }] });
    const option = await search('taint effect', 'tolerations[].effect');
    expect(option.textContent).toContain('in Tolerations');
    expect(option.textContent).not.toContain('add a row');
    await choose(option);
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('tolerations.0.effect'));
  });

  test('ingress TLS hosts: the first host input of the first entry', async () => {
    renderFinder({ ingress: { ...(chartDefaults(LATEST_CHART_VERSION).ingress as Values), tls: [{ secretName: 'tls-a', hosts: ['a.example.com'] }] } });
    await choose(await search('hosts', 'ingress.tls[].hosts'));
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('ingress.tls.0.hosts.0'));
  });

  test('a connection kind’s field: the row of that kind, or a note naming the kinds that have it', async () => {
    renderFinder({
      connections: [
        { name: 'repo', kind: 'git' },
        { name: 'store', kind: 's3', schema: { bucket: 's3://b' } },
      ],
    });
    const bucket = await search('bucket', 'connections[].schema.bucket');
    expect(bucket.textContent).toContain('in Connections, row 2');
    await choose(bucket);
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('connections.1.schema.bucket'));

    const volume = await search('volume claim', 'connections[].schema.volumeClaim');
    expect(within(volume).getByText(/in Connections/).textContent).toContain('in Connections (add a row of kind volume_claim)');
  });

  test('a Secret reference not added yet says so', async () => {
    renderFinder({ connections: [{ name: 'repo', kind: 'git' }] });
    const option = await search('secret name', 'connections[].secret.name');
    expect(option.textContent).toContain('in Connections (add Secret reference)');
  });
});
