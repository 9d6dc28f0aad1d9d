/**
 * Share-link length for /work/shared/fixtures/realistic-override.yaml with the
 * agent token left out (the default), as `npm run bench share` prints it.
 */
import { load } from 'js-yaml';
import { migrateValues } from '../src/core/migrate/migrate';
import { encodeShareState } from '../src/core/share/codec';
import { helmMerge } from '../src/core/values/helm-merge';
import { computeValues } from '../src/core/values/output';
import type { Values } from '../src/shared/values';
import { chartDefaults } from '../src/schema/defaults';
import type { Figure } from './lib/figure';
import { readSharedFile } from './lib/shared';

const VERSION = '2.15.1';
/** An origin and path as long as a typical docs host, to report a whole URL too. */
const EXAMPLE_BASE = 'https://polyaxon.github.io/agent-values-builder/';

export default async function shareLinkLength(): Promise<Figure[]> {
  const text = readSharedFile('fixtures/realistic-override.yaml');
  if (text === undefined) {
    console.log('share-link-length: skipped, ../shared/fixtures/realistic-override.yaml is absent');
    return [];
  }
  const loaded = load(text) as Values;
  // The import's migrations: the fixture's legacy securityContext.user/group become runAsUser/runAsGroup.
  const form = helmMerge(chartDefaults(VERSION), migrateValues(loaded).values);
  const { changed } = computeValues(form, VERSION);
  const fragment = await encodeShareState({ version: VERSION, changed, includeSecrets: false });
  const withToken = await encodeShareState({ version: VERSION, changed, includeSecrets: true });
  return [
    { name: 'realistic-override link fragment (#s=…, token left out)', value: fragment.length + 1, unit: 'chars', budget: 700 },
    { name: 'same, as a whole URL', value: EXAMPLE_BASE.length + 1 + fragment.length, unit: 'chars', note: EXAMPLE_BASE },
    { name: 'same, agent token included (opt-in)', value: withToken.length + 1, unit: 'chars' },
  ];
}
