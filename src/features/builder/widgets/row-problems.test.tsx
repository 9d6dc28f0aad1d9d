// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { mergeUserValues } from '../../../core/values/helm-merge';
import type { Values } from '../../../shared/values';
import { chartDefaults } from '../../../schema/defaults';
import { renderInBuilder } from '../../../test-utils/render-builder';
import { byName, sectionById } from '../../../test-utils/section-by-id';
import { Section } from '../section';

afterEach(cleanup);

async function renderWith(sectionId: string, patch: Values) {
  renderInBuilder(<Section section={sectionById(sectionId)} />, { initialValues: mergeUserValues(chartDefaults('2.15.1'), patch) });
  // The problems store is filled by an effect after the first render.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** The text an input's aria-describedby points at. */
function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');
}

function fieldFrame(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-field="${id}"]`)!;
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('row-level problems mark the row input they are about', () => {
  test('tolerations: the second row operator', async () => {
    await renderWith('node-scheduling', {
      tolerations: [
        { key: 'a', operator: 'Equal', value: 'b' },
        { key: 'a', operator: 'Is' },
      ],
    });
    const message = 'Toleration 2: operator must be Exists or Equal';
    const bad = byName<HTMLSelectElement>('tolerations.1.operator');
    expect(bad.getAttribute('aria-invalid')).toBe('true');
    expect(description(bad)).toContain(message);
    expect(byName<HTMLSelectElement>('tolerations.0.operator').getAttribute('aria-invalid')).not.toBe('true');
    expect(byName('tolerations.1.key').getAttribute('aria-invalid')).not.toBe('true');
    // Shown once: beside the input, not again under the field.
    expect(occurrences(fieldFrame('tolerations').textContent ?? '', message)).toBe(1);
  });

  test('ingress TLS: the secret name of entry 1', async () => {
    await renderWith('ingress', { ingress: { tls: [{ secretName: 'Bad_Name', hosts: ['polyaxon.acme.com'] }] } });
    const input = byName('ingress.tls.0.secretName');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toMatch(/^TLS entry 1: secretName: /);
    expect(byName('ingress.tls.0.hosts.0').getAttribute('aria-invalid')).not.toBe('true');
  });

  test('ingress TLS: a host of entry 1', async () => {
    await renderWith('ingress', { ingress: { tls: [{ secretName: 'polyaxon-tls', hosts: ['polyaxon.acme.com', 5] }] } });
    expect(byName('ingress.tls.0.hosts.1').getAttribute('aria-invalid')).toBe('true');
    expect(byName('ingress.tls.0.hosts.0').getAttribute('aria-invalid')).not.toBe('true');
  });

  test('connections: the bucket of connection 2, named', async () => {
    await renderWith('connections', {
      connections: [
        { name: 'repo', kind: 'git', schema: { url: 'https://github.com/acme/repo' } },
        { name: 'data', kind: 's3', schema: {} },
      ],
    });
    const bucket = byName('connections.1.schema.bucket');
    expect(bucket.getAttribute('aria-invalid')).toBe('true');
    expect(description(bucket)).toContain('Connection 2 (data): schema.bucket');
    expect(byName('connections.0.name').getAttribute('aria-invalid')).not.toBe('true');
    expect(occurrences(fieldFrame('connections').textContent ?? '', 'Connection 2 (data): schema.bucket')).toBe(1);
  });

  test('a problem with the item itself is listed under its row', async () => {
    await renderWith('node-scheduling', { tolerations: [{ key: 'a', operator: 'Exists' }, 'not a map'] });
    const row = document.querySelector<HTMLElement>('[data-field="tolerations"] [role="group"][aria-label="toleration 2"]')!;
    expect(row.textContent).toMatch(/Toleration 2 must be a map/);
    expect(occurrences(fieldFrame('tolerations').textContent ?? '', 'Toleration 2 must be a map')).toBe(1);
  });
});
