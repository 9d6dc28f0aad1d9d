// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from '@testing-library/react';
import { SECTIONS } from '../../schema/sections';
import { RenderCounter, renderInBuilder } from '../../test-utils/render-builder';
import { previewText } from '../../test-utils/section-by-id';
import { ValuesPreview } from '../preview/values-preview';
import { Section } from './section';

afterEach(cleanup);

function renderAll(counter: RenderCounter) {
  return renderInBuilder(
    <>
      {SECTIONS.map((s) => (
        <Profiler key={s.id} id={s.id} onRender={counter.onRender}>
          <Section section={s} />
        </Profiler>
      ))}
      <Profiler id="preview" onRender={counter.onRender}>
        <ValuesPreview />
      </Profiler>
    </>,
  );
}

describe('render isolation', () => {
  test('typing into ingress.hostName re-renders only the ingress section and the preview', { timeout: 120_000 }, async () => {
    const counter = new RenderCounter();
    renderAll(counter);
    const input = document.querySelector<HTMLInputElement>('input[name="ingress.hostName"]');
    expect(input, 'the ingress host name input').not.toBeNull();
    // Expand one Advanced section too (jsdom is slow to mount all 228 fields), so its fields are mounted.
    fireEvent.click(document.getElementById('section-gateway-deployment-heading')!);
    expect(document.querySelector('input[name="gateway.replicas"]'), 'an advanced field is mounted').not.toBeNull();
    // Let mount-time effects (validation, deferred preview) settle before counting.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    const before = counter.snapshot();
    expect(previewText()).not.toContain('polyaxon.acme.com');

    for (const text of ['p', 'po', 'polyaxon.acme.com']) {
      await act(async () => {
        fireEvent.change(input!, { target: { value: text } });
      });
    }
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });

    const grew = (id: string) => counter.get(id) - (before.get(id) ?? 0);
    const others = SECTIONS.filter((s) => s.id !== 'ingress').map((s) => s.id);
    const rerendered = others.filter((id) => grew(id) > 0);
    expect(rerendered, 'sections that re-rendered while typing into ingress.hostName').toEqual([]);
    expect(grew('ingress')).toBeGreaterThan(0);
    expect(grew('preview')).toBeGreaterThan(0);
    expect(input!.value).toBe('polyaxon.acme.com');
    expect(previewText()).toContain('hostName: polyaxon.acme.com');
    expect(screen.getByRole('region', { name: 'values.yaml' })).toBeTruthy();
  });
});
