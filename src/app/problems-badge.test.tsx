// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { mergeUserValues } from '../core/values/helm-merge';
import { chartDefaults } from '../schema/defaults';
import { useBuilder } from '../features/builder/builder-context';
import type { ProblemsStore } from '../features/builder/problems-store';
import { Section } from '../features/builder/section';
import { renderInBuilder } from '../test-utils/render-builder';
import { sectionById } from '../test-utils/section-by-id';
import { ProblemsBadge } from './problems-badge';

afterEach(cleanup);

async function settle(ms = 0) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

function StoreProbe({ onStore }: { onStore: (store: ProblemsStore) => void }) {
  onStore(useBuilder().problems);
  return null;
}

/** Opens the drawer from the header count and follows a problem's "Go to field". */
async function openAndGoTo(location: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /^1 problem/ }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: `Go to ${location}` }));
  });
  await settle(400);
}

describe('header problems count', () => {
  test('opens the drawer, whose "Go to field" focuses the row input a problem with a subPath points at', async () => {
    let store: ProblemsStore | undefined;
    renderInBuilder(
      <>
        <StoreProbe onStore={(s) => (store = s)} />
        <ProblemsBadge />
        <Section section={sectionById('node-scheduling')} />
      </>,
      {
        initialValues: mergeUserValues(chartDefaults('2.15.1'), {
          tolerations: [
            { key: 'a', operator: 'Equal', value: 'b' },
            { key: 'a', operator: 'Is' },
          ],
        }),
      },
    );
    await settle();
    // Only the toleration problem, so it is the first (the defaults' own problems would come before it).
    const problem = store!.getAll().find((p) => p.path === 'tolerations' && p.subPath === '1.operator');
    expect(problem, 'validation reports the second row operator with a subPath').toBeDefined();
    await act(async () => {
      store!.set([problem!]);
    });
    await openAndGoTo('tolerations.1.operator');
    expect((document.activeElement as HTMLSelectElement | null)?.name).toBe('tolerations.1.operator');

    // A subPath with no input of its own focuses the first input of the nearest row holding it.
    (document.activeElement as HTMLElement).blur();
    await act(async () => {
      store!.set([{ ...problem!, subPath: '1.notAKey' }]);
    });
    await openAndGoTo('tolerations.1.notAKey');
    expect((document.activeElement as HTMLInputElement | null)?.name).toBe('tolerations.1.key');
  });
});
