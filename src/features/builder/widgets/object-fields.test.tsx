// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import * as z from 'zod';
import { afterEach, describe, expect, test } from 'vitest';
import { objectSubFields } from '../../../core/fields/sub-field-props';
import { mergeUserValues } from '../../../core/values/helm-merge';
import type { Values } from '../../../core/values/types';
import { chartDefaults } from '../../../schema/defaults';
import { sub } from '../../../schema/sub-fields';
import { renderInBuilder } from '../../../test-utils/render-builder';
import { byName, sectionById } from '../../../test-utils/section-by-id';
import { Section } from '../section';
import { ObjectFields } from './object-fields';

afterEach(cleanup);

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** A test item schema: `zone` exists only here, no UI code names it. */
const itemSchema = z.object({
  name: sub(z.string(), { label: 'Name', description: 'The name.' }),
  zone: sub(z.enum(['eu', 'us']), { label: 'Zone', description: 'Where it runs.', unsetLabel: 'unset (any zone)' }).optional(),
  retries: sub(z.number().int(), { label: 'Retries', description: 'How often to retry.' }).optional(),
});

function Harness() {
  const [value, setValue] = useState<Values>({ name: 'a' });
  return (
    <>
      <ObjectFields path="things.0" fields={objectSubFields(itemSchema)} value={value} onChange={setValue} problems={[]} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

describe('the generic object renderer', () => {
  test('a sub-field declared only in the schema is rendered, labelled, named by its path and edits the value', async () => {
    renderInBuilder(<Harness />);
    await settle();
    const zone = byName<HTMLSelectElement>('things.0.zone');
    expect(zone.id).toBe(screen.getByLabelText('Zone').id);
    expect([...zone.options].map((o) => o.textContent)).toEqual(['unset (any zone)', 'eu', 'us']);
    expect(screen.getByRole('button', { name: 'About Zone' })).toBeTruthy();
    expect(document.getElementById(zone.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('Where it runs.');
    await act(async () => {
      fireEvent.change(zone, { target: { value: 'us' } });
    });
    await act(async () => {
      fireEvent.change(byName('things.0.retries'), { target: { value: '3' } });
    });
    expect(JSON.parse(screen.getByTestId('value').textContent!)).toEqual({ name: 'a', zone: 'us', retries: 3 });
  });
});

describe('list rows keep their identity', () => {
  const three = {
    connections: [
      { name: 'one', kind: 'slack' },
      { name: 'two', kind: 'slack' },
      { name: 'three', kind: 'slack' },
    ],
  };

  test('removing connection 1 keeps connection 2’s open Secret reference and YAML text; connection 3 inherits neither', async () => {
    renderInBuilder(<Section section={sectionById('connections')} />, { initialValues: mergeUserValues(chartDefaults('2.15.1'), three) });
    await settle();
    const frame = document.querySelector<HTMLElement>('[data-field="connections"]')!;
    const row = (n: number) => within(frame).getByRole('group', { name: `connection ${n}` });
    // Connection 2: open its Secret reference, type unfinished YAML in its schema.
    fireEvent.click(within(row(2)).getByRole('button', { name: 'Secret reference' }));
    await settle();
    expect(byName('connections.1.secret.name')).toBeTruthy();
    await act(async () => {
      fireEvent.change(byName<HTMLTextAreaElement>('connections.1.schema'), { target: { value: 'url: [unfinished' } });
    });
    fireEvent.click(within(frame).getByRole('button', { name: 'Remove connection 1' }));
    await settle();
    // Formerly connection 2, now 1: still open, still the typed text.
    expect(byName('connections.0.name').value).toBe('two');
    expect(byName('connections.0.secret.name')).toBeTruthy();
    expect(byName<HTMLTextAreaElement>('connections.0.schema').value).toBe('url: [unfinished');
    // Formerly connection 3, now 2: closed, empty.
    expect(byName('connections.1.name').value).toBe('three');
    expect(document.querySelector('[name="connections.1.secret.name"]')).toBeNull();
    expect(within(row(2)).getByRole('button', { name: 'Secret reference' })).toBeTruthy();
    expect(byName<HTMLTextAreaElement>('connections.1.schema').value).toBe('');
  });
});
