import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildHelmCommands } from '../helm-command/build';
import { importValues } from '../import/import-values';
import { computeValues } from '../values/output';
import { toYaml } from '../yaml/to-yaml';
import { arbitraryForm } from '../../test-utils/arbitrary-values';
import { seededParameters } from '../../test-utils/run-seed';

describe('round trip: values → helm --set command → import', () => {
  test('importing the generated command (all its blocks, as pasted) gives the changed values back', () => {
    fc.assert(
      fc.property(arbitraryForm({ unknownKeys: true }), fc.constantFrom('agent', 'polyaxon', 'my-release'), ({ version, form }, release) => {
        const { changed: raw } = computeValues(form, version);
        // The commands target the values' own release and namespace (as the app does); the import writes them back.
        const target = { release: typeof raw.releaseName === 'string' ? raw.releaseName : release, namespace: typeof raw.namespace === 'string' ? raw.namespace : 'polyaxon' };
        const changed = { ...raw, releaseName: target.release, namespace: target.namespace };
        const blocks = buildHelmCommands({ ...target, chartVersion: version, changed: raw, yaml: toYaml(raw), variant: 'set' });
        const text = blocks.map((b) => b.command).join('\n');
        const result = importValues(text, { version: '2.15.1' });
        if (!result.ok) throw new Error(`${result.error.message}\n--- command ---\n${text}`);
        expect(result.report.source).toBe('helm-command');
        expect(result.report.namedVersion).toBe(version);
        expect(result.report.release).toBe(target.release);
        expect(result.values).toEqual(changed);
        expect(result.report.migrations).toEqual([]);
        expect(result.report.warnings).toEqual([]);
      }),
      seededParameters('--set round trip', 1000),
    );
  }, 240_000);

  test('the self-contained (heredoc) variant round-trips too', () => {
    fc.assert(
      fc.property(arbitraryForm({ unknownKeys: true }), ({ version, form }) => {
        const { changed: raw } = computeValues(form, version);
        const target = { release: typeof raw.releaseName === 'string' ? raw.releaseName : 'agent', namespace: typeof raw.namespace === 'string' ? raw.namespace : 'polyaxon' };
        const changed = { ...raw, releaseName: target.release, namespace: target.namespace };
        const blocks = buildHelmCommands({ ...target, chartVersion: version, changed: raw, yaml: toYaml(raw), variant: 'stdin' });
        const install = blocks.find((b) => b.id === 'install');
        const result = importValues(install?.command ?? '', { version });
        if (!result.ok) throw new Error(`${result.error.message}\n--- command ---\n${install?.command}`);
        expect(result.values).toEqual(changed);
      }),
      seededParameters('heredoc round trip', 300),
    );
  }, 240_000);
});
