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
      ['Ingress & gateway service', 2, 'ingress.hostName'],
      [expect.any(String), 1, 'agent.instance'],
      ['Other keys', 1, 'no.such.key'],
    ]);
  });

  test.each([
    [[], ''],
    [[p('ingress.hostName')], 'Downloaded with 1 problem remaining (1 error): 1 in Ingress & gateway service.'],
    [[p('ingress.hostName', 'warning'), p('ingress.tls', 'warning')], 'Downloaded with 2 problems remaining: 2 in Ingress & gateway service.'],
  ])('text %#', (problems, text) => {
    expect(problemsOnActionText('Downloaded', problemsWhere(problems))).toBe(text);
  });
});
