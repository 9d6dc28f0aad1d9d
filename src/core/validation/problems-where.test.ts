import { describe, expect, test } from 'vitest';
import { problemsOnActionText, problemsWhere } from './problems-where';
import type { Problem } from './types';

const p = (path: string, severity: Problem['severity'] = 'error'): Problem => ({ path, severity, message: `bad ${path}`, rule: 'r' });

describe('problemsWhere', () => {
  test('counts per form section, in order of appearance; unknown keys are "Other keys"', () => {
    const where = problemsWhere([p('ingress.hostName'), p('agent.instance', 'warning'), p('ingress.tls'), p('no.such.key', 'warning')]);
    expect(where.total).toBe(4);
    expect(where.errors).toBe(2);
    expect(where.places.map((x) => [x.title, x.count, x.firstPath])).toEqual([
      // ingress.hostName and agent.instance are edited in Quick setup (one input per path): that is where the jump goes.
      ['Quick setup', 2, 'ingress.hostName'],
      ['Ingress & gateway service', 1, 'ingress.tls'],
      ['Other keys', 1, 'no.such.key'],
    ]);
  });

  test.each([
    [[], ''],
    [[p('ingress.hostName')], 'Downloaded with 1 problem remaining (1 error): 1 in Quick setup.'],
    [[p('ingress.hostName', 'warning'), p('ingress.tls', 'warning')], 'Downloaded with 2 problems remaining: 1 in Quick setup, 1 in Ingress & gateway service.'],
  ])('text %#', (problems, text) => {
    expect(problemsOnActionText('Downloaded', problemsWhere(problems))).toBe(text);
  });
});
