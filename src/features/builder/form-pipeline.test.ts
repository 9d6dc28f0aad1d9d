// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Problem } from '../../core/validation/validate';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { setPath, type Values } from '../../shared/values';
import { NO_FRAME_MS } from './after-paint';
import { FormPipeline } from './form-pipeline';
import { ProblemsStore } from './problems-store';

afterEach(() => {
  vi.useRealTimers();
});

const version = LATEST_CHART_VERSION;

function withHost(host: string): Values {
  const values = chartDefaults(version);
  setPath(values, ['ingress', 'hostName'], host);
  return values;
}

/** A stand-in for the rules: one problem naming the host it saw. */
const validate = vi.fn((values: Values): Problem[] => [{ rule: 'seen', path: 'ingress.hostName', message: String((values.ingress as Values).hostName), severity: 'warning' }]);

describe('FormPipeline', () => {
  test('a change computes the values at once and the problems after the frame, once per burst of changes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const problems = new ProblemsStore();
    const pipeline = new FormPipeline(chartDefaults(version), version, problems);
    pipeline.setValidate(validate);
    validate.mockClear();
    const seen: string[] = [];
    pipeline.subscribe(() => seen.push(String((pipeline.getState().computed.changed.ingress as Values).hostName)));

    for (const host of ['p', 'po', 'pol']) pipeline.setValues(withHost(host));
    expect(seen, 'listeners follow every change in the change itself').toEqual(['p', 'po', 'pol']);
    expect(validate, 'no validation in the keystroke').not.toHaveBeenCalled();

    vi.advanceTimersByTime(NO_FRAME_MS);
    expect(validate, 'one validation for the burst, of the latest values').toHaveBeenCalledTimes(1);
    expect(problems.getAll().map((p) => p.message)).toEqual(['pol']);
    vi.advanceTimersByTime(NO_FRAME_MS * 2);
    expect(validate).toHaveBeenCalledTimes(1);
  });

  test('flush brings the problems up to date at once (an action that reads them)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const problems = new ProblemsStore();
    const pipeline = new FormPipeline(chartDefaults(version), version, problems);
    pipeline.setValidate(validate);
    validate.mockClear();
    pipeline.setValues(withHost('now'));
    pipeline.flush();
    expect(problems.getAll().map((p) => p.message)).toEqual(['now']);
    vi.advanceTimersByTime(NO_FRAME_MS * 2);
    expect(validate).toHaveBeenCalledTimes(1);
  });

  test('dispose drops the pending validation', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const pipeline = new FormPipeline(chartDefaults(version), version, new ProblemsStore());
    pipeline.setValidate(validate);
    validate.mockClear();
    pipeline.setValues(withHost('gone'));
    pipeline.dispose();
    vi.advanceTimersByTime(NO_FRAME_MS * 2);
    expect(validate).not.toHaveBeenCalled();
  });
});
