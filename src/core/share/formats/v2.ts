import type { Values } from '../../../shared/values';
import { ShareDecodeError } from '../errors';
import type { DecodedPayload } from './types';
import { decodePayload, decodeRef, encodeRef, flatten, packJson, unpackJson } from './v1';

/**
 * Share-link format 2 (frozen once released): format 1 plus the paths of the
 * secret values the link leaves out, so whoever opens it sees which fields to
 * fill in.
 *
 *   json = {"v": "<chart version>", "d": [ref, value, …], "o": [ref, …]}
 *
 * `v`, `d`, refs, strings and the envelope are exactly as in format 1; `o`
 * (left-out paths, values never) is omitted when empty.
 */
export const FORMAT = '2';

const MAX_LEFT_OUT = 1000;

export async function encodeV2(version: string, changed: Values, leftOut: ReadonlyArray<readonly string[]> = []): Promise<string> {
  const pairs: unknown[] = [];
  flatten(changed, [], pairs);
  return packJson(leftOut.length > 0 ? { v: version, d: pairs, o: leftOut.map(encodeRef) } : { v: version, d: pairs });
}

export async function decodeV2(data: string): Promise<DecodedPayload> {
  const parsed = await unpackJson(data);
  const payload = decodePayload(parsed, ['o']);
  const refs = parsed.o;
  if (refs === undefined) return payload;
  if (!Array.isArray(refs) || refs.length > MAX_LEFT_OUT) throw new ShareDecodeError('bad-shape', 'the left-out secrets are not a list of paths');
  return { ...payload, leftOut: refs.map(decodeRef) };
}
