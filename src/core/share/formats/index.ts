import type { ShareFormat } from './types';
import { decodeV1, encodeV1, FORMAT as V1 } from './v1';
import { decodeV2, encodeV2, FORMAT as V2 } from './v2';

/**
 * Every share-link format ever released, by tag. A new format gets a new tag
 * and a new entry; old entries are never changed or removed, so old links
 * keep working. New links always use CURRENT_FORMAT.
 */
export const SHARE_FORMATS: ReadonlyMap<string, ShareFormat> = new Map([
  [V1, { tag: V1, encode: encodeV1, decode: decodeV1 }],
  [V2, { tag: V2, encode: encodeV2, decode: decodeV2 }],
]);

export const CURRENT_FORMAT: ShareFormat = SHARE_FORMATS.get(V2)!;
