import { ThemeProvider } from '@mui/material/styles';
import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { appTheme } from '../ui/theme/app-theme';
import type { Values } from '../shared/values';
import { LATEST_CHART_VERSION } from '../schema/chart-versions';
import { NO_FRAME_MS } from '../features/builder/after-paint';
import { BuilderForm } from '../features/builder/builder-form';

interface RenderBuilderOptions {
  version?: string;
  initialValues?: Values;
}

/** Renders `ui` inside the theme and the builder form (react-hook-form + problems store). */
export function renderInBuilder(ui: ReactNode, options: RenderBuilderOptions = {}): RenderResult {
  const version = options.version ?? LATEST_CHART_VERSION;
  return render(
    <ThemeProvider theme={appTheme('light')}>
      <BuilderForm version={version} {...(options.initialValues ? { initialValues: options.initialValues } : {})}>
        {ui}
      </BuilderForm>
    </ThemeProvider>,
  );
}

/** Counts React Profiler commits per id (a subtree "rendered" when its count grows). */
export class RenderCounter {
  readonly counts = new Map<string, number>();
  onRender = (id: string): void => {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  };
  get(id: string): number {
    return this.counts.get(id) ?? 0;
  }
  snapshot(): Map<string, number> {
    return new Map(this.counts);
  }
}

/**
 * Lets the work a change schedules after its frame run (the problems, the
 * panels that are not the preview: see features/builder/after-paint.ts): it
 * runs at the latest NO_FRAME_MS after the change, so a timer set after it
 * fires after it.
 */
export async function afterPaintSettled(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, NO_FRAME_MS + 10));
  });
}
