import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MIGRATED_FIELDS, arbitraryForm, fieldValueArbitrary, zodFields } from './arbitrary-values';
import { seededParameters } from './run-seed.test-support';

describe('arbitrary form values', () => {
  test('every field the round trips cover has a value generator', () => {
    const missing = zodFields()
      .filter((f) => !MIGRATED_FIELDS.has(f.id) && fieldValueArbitrary(f) === undefined)
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });

  test('generated field values pass their field schema', () => {
    for (const field of zodFields()) {
      const arb = fieldValueArbitrary(field);
      if (!arb) continue;
      for (const value of fc.sample(arb, { numRuns: 20, seed: 7 })) {
        expect(field.schema.safeParse(value).success, `${field.id}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  test('forms differ from the defaults and include nasty strings', () => {
    const samples = fc.sample(arbitraryForm(), seededParameters('arbitrary sample', 50));
    const text = JSON.stringify(samples);
    expect(new Set(samples.map((s) => s.version)).size).toBeGreaterThan(5);
    expect(text).toMatch(/\\n|,|\$|yes|0755/);
  });
});
