import { beforeAll, describe, expect, test } from 'vitest';
import { loadValuesYaml } from '../../src/core/import/safe-yaml';
import { announceSkip } from '../lib/paths';
import { YAML_CORPUS } from '../lib/yaml-corpus';
import { helmReaderVersions, helmReadValues, yamlReaderSkipReason, type HelmRead } from '../lib/yaml-reader';

/**
 * Reads YAML like Helm: every document of the corpus (interop/lib/yaml-corpus.ts) goes through Helm's own values
 * reader (interop/yaml-reader: sigs.k8s.io/yaml and go-yaml v2 at Helm v3.22.0's versions, as `helm -f` and
 * chartutil.ReadValues use them) and through our loader (src/core/import/safe-yaml.ts). The data must be identical
 * (numbers compared as Helm holds them, float64), or both must refuse the document. The corpus lists the few
 * documents we refuse on purpose although Helm reads them; those must still be read by Helm and refused by us.
 */
const skip = announceSkip("Helm's YAML reader", yamlReaderSkipReason());

describe.skipIf(skip)('our loader reads values YAML as Helm does', () => {
  let helm: HelmRead[] = [];
  beforeAll(async () => {
    console.log(`[interop] helm-yaml-reader built with:\n${await helmReaderVersions()}`);
    helm = await helmReadValues(YAML_CORPUS.map((e) => e.doc));
  });

  test.each(YAML_CORPUS.map((e, i) => [e.name, e, i] as const))('%s', (_name, entry, i) => {
    const theirs = helm[i] as HelmRead;
    const ours = loadValuesYaml(entry.doc);
    const context = `document ${JSON.stringify(entry.doc)}\n  Helm: ${theirs.ok ? JSON.stringify(theirs.values) : `error: ${theirs.error}`}\n  ours: ${ours.ok ? JSON.stringify(ours.values) : `error: ${ours.error.message}`}`;
    if (entry.refused !== undefined) {
      expect(theirs.ok, `listed as refused on purpose (${entry.refused}), but Helm refuses it too: drop the listing\n${context}`).toBe(true);
      expect(ours.ok, `listed as refused on purpose (${entry.refused}), but our loader reads it\n${context}`).toBe(false);
      return;
    }
    if (!theirs.ok) {
      expect(ours.ok, `Helm refuses this document but our loader reads it\n${context}`).toBe(false);
      return;
    }
    expect(ours.ok, `Helm reads this document but our loader refuses it\n${context}`).toBe(true);
    if (ours.ok) expect(ours.values, context).toEqual(theirs.values);
  });
});
