import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeShareState, encodeShareState } from '../share/codec';
import { computeValues } from '../values/output';
import { arbitraryForm } from '../../test-utils/arbitrary-values';
import { seededParameters } from '../../test-utils/run-seed';

describe('round trip: values → share link → decode', () => {
  test('decoding the link gives the release and the changed values back', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryForm({ unknownKeys: true }), async ({ version, form }) => {
        const { changed } = computeValues(form, version);
        const fragment = await encodeShareState({ version, changed, includeSecrets: true });
        const decoded = await decodeShareState(`#${fragment}`);
        if (!decoded.ok) throw new Error(`${decoded.error.message}`);
        expect(decoded.version).toBe(version);
        expect(decoded.changed).toEqual(changed);
      }),
      seededParameters('share-link round trip', 1000),
    );
  });
});
