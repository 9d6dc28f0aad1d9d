// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from '@testing-library/react';
import { ProblemsBadge } from '../../app/problems-badge';
import type { Problem } from '../../core/validation/validate';
import { SECTIONS } from '../../schema/sections';
import { afterPaintSettled, RenderCounter, renderInBuilder } from '../../test-utils/render-builder';
import { previewText, sectionById } from '../../test-utils/section-by-id';
import { LiveProblemsRemain } from '../preview/problems-remain';
import { ValuesPreview } from '../preview/values-preview';
import { useBuilder } from './builder-context';
import type { ProblemsStore } from './problems-store';
import { Section } from './section';

afterEach(cleanup);

function renderAll(counter: RenderCounter) {
  return renderInBuilder(
    <>
      {/* The reference and Advanced sections, each field once (Quick setup repeats a few of them). */}
      {SECTIONS.filter((s) => !s.essentials).map((s) => (
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
    const others = SECTIONS.filter((s) => s.id !== 'ingress' && !s.essentials).map((s) => s.id);
    const rerendered = others.filter((id) => grew(id) > 0);
    expect(rerendered, 'sections that re-rendered while typing into ingress.hostName').toEqual([]);
    expect(grew('ingress')).toBeGreaterThan(0);
    expect(grew('preview')).toBeGreaterThan(0);
    // No deferred second pass: at most one preview commit per change.
    expect(grew('preview'), 'preview commits for 3 changes').toBeLessThanOrEqual(3);
    expect(input!.value).toBe('polyaxon.acme.com');
    expect(previewText()).toContain('hostName: polyaxon.acme.com');
    expect(screen.getByRole('region', { name: 'values.yaml' })).toBeTruthy();
  });
});

/** Hands the test the form's problems store. */
function StoreProbe({ onStore }: { onStore: (store: ProblemsStore) => void }) {
  onStore(useBuilder().problems);
  return null;
}

describe('problem subscriptions', () => {
  test('a changed message re-renders neither its section (same count), the header nor the output count', async () => {
    const counter = new RenderCounter();
    let store: ProblemsStore | undefined;
    renderInBuilder(
      <>
        <StoreProbe onStore={(s) => (store = s)} />
        <Profiler id="header" onRender={counter.onRender}>
          <ProblemsBadge />
        </Profiler>
        <Profiler id="ingress" onRender={counter.onRender}>
          <Section section={sectionById('ingress')} />
        </Profiler>
        <Profiler id="remain" onRender={counter.onRender}>
          <LiveProblemsRemain />
        </Profiler>
      </>,
    );
    // The form's first problems arrive after its first frame: set the test's own after them.
    await afterPaintSettled();
    const first: Problem = { rule: 'r1', path: 'namespace', message: 'first', severity: 'error' };
    // Under the section's `ingress` key but in no field of it, so only the section's count could show it.
    const inSection = (message: string): Problem => ({ rule: 'r2', path: 'ingress.notAField', message, severity: 'warning' });
    const set = async (problems: Problem[]) => {
      await act(async () => {
        store!.set(problems);
      });
    };
    const region = () => screen.getByRole('region', { name: /^Ingress & gateway service/ });

    await set([first, inSection('host a')]);
    expect(region().textContent).toContain('1 problem');
    expect(screen.getByRole('button', { name: '2 problems' })).toBeTruthy();
    expect(screen.getByText('2 problems remain')).toBeTruthy();

    let before = counter.snapshot();
    const grew = (id: string) => counter.get(id) - (before.get(id) ?? 0);
    for (const host of ['host ab', 'host abc']) await set([first, inSection(host)]);
    expect(
      ['header', 'ingress', 'remain'].filter((id) => grew(id) > 0),
      'what re-rendered for a changed message',
    ).toEqual([]);

    // A changed count does re-render them.
    before = counter.snapshot();
    await set([first, inSection('host abc'), { ...inSection('other'), rule: 'r3' }]);
    expect(grew('header')).toBeGreaterThan(0);
    expect(grew('ingress')).toBeGreaterThan(0);
    expect(grew('remain')).toBeGreaterThan(0);
    expect(region().textContent).toContain('2 problems');
    expect(screen.getByRole('button', { name: '3 problems' })).toBeTruthy();
  });
});
