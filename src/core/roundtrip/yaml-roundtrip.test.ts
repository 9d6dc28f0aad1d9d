import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importValues } from '../import/import-values';
import { computeValues } from '../values/output';
import { toYaml } from '../yaml/to-yaml';
import { arbitraryForm } from '../../test-utils/arbitrary-values';
import { seededParameters } from '../../test-utils/run-seed';

describe('round trip: values → values.yaml → import', () => {
  test('importing the YAML of the changed values gives them back, with no migrations and no warnings', () => {
    fc.assert(
      fc.property(arbitraryForm({ unknownKeys: true }), ({ version, form }) => {
        const { changed } = computeValues(form, version);
        const yaml = toYaml(changed);
        const result = importValues(yaml, { version });
        if (!result.ok) throw new Error(`${result.error.message}\n--- yaml ---\n${yaml}`);
        expect(result.report.source).toBe('values-yaml');
        expect(result.values).toEqual(changed);
        expect(result.report.migrations).toEqual([]);
        expect(result.report.warnings).toEqual([]);
      }),
      seededParameters('yaml round trip', 1000),
    );
  }, 240_000);
});
