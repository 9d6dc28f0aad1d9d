import { isPlainMap, type Values } from '../../../shared/values';
import { fromBase64Url, toBase64Url } from '../base64url';
import { crc32 } from '../crc32';
import { deflateRaw, inflateRawLimited } from '../deflate';
import { ShareDecodeError } from '../errors';
import { assertAllowedKey, parseUntrustedJson } from '../safe-json';
import dictionary from './v1-dictionary.json';
import type { DecodedPayload } from './types';

/**
 * Share-link format 1 (frozen: links made with it must decode forever).
 *
 *   data    = base64url( crc32(json)[top 3 bytes] ++ deflate-raw(json) )
 *   json    = {"v": "<chart version>", "d": [ref, value, ref, value, ...]}
 *   ref     = n             the n-th entry of v1-dictionary.json "paths" (a dotted values path)
 *           | [n?, seg...]  an optional dictionary path n followed by literal segments
 *   strings = a string (map key, path segment or value) equal to the n-th entry of
 *             "strings" is written "~<n in base 36>"; a literal string that starts
 *             with "~" gets one more "~" in front.
 *
 * The pairs are the changed values flattened down to the dictionary's deepest
 * known path; everything below is written whole. Decoding sets each value at
 * its path, so the result does not depend on today's schema.
 */
export const FORMAT = '1';

const PATHS: readonly string[] = dictionary.paths;
const STRINGS: readonly string[] = dictionary.strings;
const PATH_INDEX = new Map(PATHS.map((p, i) => [p, i]));
const STRING_INDEX = new Map(STRINGS.map((s, i) => [s, i]));
/** Every proper prefix of a dictionary path: the encoder descends into maps at these paths. */
const PREFIXES = new Set(PATHS.flatMap((p) => p.split('.').slice(0, -1).map((_, i, segs) => segs.slice(0, i + 1).join('.'))));

const MAX_DEPTH = 64;
const CHECK_BYTES = 3;
const MAX_DECODED_BYTES = 64 * 1024;

// ---- encoding ----

function encodeString(s: string): string {
  const i = STRING_INDEX.get(s);
  if (i !== undefined) return `~${i.toString(36)}`;
  return s.startsWith('~') ? `~${s}` : s;
}

function encodeValue(value: unknown): unknown {
  if (typeof value === 'string') return encodeString(value);
  if (Array.isArray(value)) return value.map(encodeValue);
  if (isPlainMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[encodeString(k)] = encodeValue(v);
    return out;
  }
  return value;
}

function dottedId(path: readonly string[]): string | undefined {
  return path.some((s) => s.includes('.')) ? undefined : path.join('.');
}

export function encodeRef(path: readonly string[]): number | unknown[] {
  const id = dottedId(path);
  const exact = id === undefined ? undefined : PATH_INDEX.get(id);
  if (exact !== undefined) return exact;
  for (let n = path.length - 1; n > 0; n -= 1) {
    const prefix = dottedId(path.slice(0, n));
    const i = prefix === undefined ? undefined : PATH_INDEX.get(prefix);
    if (i !== undefined) return [i, ...path.slice(n).map(encodeString)];
  }
  return path.map(encodeString);
}

export function flatten(map: Values, prefix: readonly string[], out: unknown[]): void {
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const path = [...prefix, key];
    const id = dottedId(path);
    if (isPlainMap(value) && Object.keys(value).length > 0 && id !== undefined && PREFIXES.has(id)) {
      flatten(value, path, out);
    } else {
      out.push(encodeRef(path), encodeValue(value));
    }
  }
}

export async function encodeV1(version: string, changed: Values): Promise<string> {
  const pairs: unknown[] = [];
  flatten(changed, [], pairs);
  return packJson({ v: version, d: pairs });
}

/** base64url(crc32 top 3 bytes ++ deflate-raw(JSON)): the envelope of formats 1 and 2. */
export async function packJson(payload: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const crc = crc32(json);
  const packed = await deflateRaw(json);
  const bytes = new Uint8Array(CHECK_BYTES + packed.byteLength);
  bytes.set([(crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff]);
  bytes.set(packed, CHECK_BYTES);
  return toBase64Url(bytes);
}

// ---- decoding ----

function decodeString(s: string): string {
  if (s.startsWith('~~')) return s.slice(1);
  if (!s.startsWith('~')) return s;
  const code = s.slice(1);
  const i = /^[0-9a-z]{1,4}$/.test(code) ? parseInt(code, 36) : NaN;
  const found = STRINGS[i];
  if (found === undefined) throw new ShareDecodeError('bad-shape', `unknown dictionary string "${s}"`);
  return found;
}

function decodeKey(raw: string): string {
  const key = decodeString(raw);
  assertAllowedKey(key);
  return key;
}

function decodeValue(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new ShareDecodeError('bad-shape', 'values nested too deeply');
  if (typeof value === 'string') return decodeString(value);
  if (Array.isArray(value)) return value.map((v) => decodeValue(v, depth + 1));
  if (isPlainMap(value)) {
    const out: Values = {};
    for (const [k, v] of Object.entries(value)) out[decodeKey(k)] = decodeValue(v, depth + 1);
    return out;
  }
  return value;
}

function dictionaryPath(n: unknown): string[] {
  const id = typeof n === 'number' && Number.isInteger(n) ? PATHS[n] : undefined;
  if (id === undefined) throw new ShareDecodeError('bad-shape', `unknown dictionary path ${JSON.stringify(n)}`);
  return id.split('.');
}

export function decodeRef(ref: unknown): string[] {
  if (typeof ref === 'number') return dictionaryPath(ref);
  if (!Array.isArray(ref) || ref.length === 0) throw new ShareDecodeError('bad-shape', 'a values path is neither a number nor a list');
  const [first, ...rest] = ref as unknown[];
  const head = typeof first === 'number' ? dictionaryPath(first) : [];
  const tail = typeof first === 'number' ? rest : (ref as unknown[]);
  if (tail.length > MAX_DEPTH || tail.some((s) => typeof s !== 'string')) throw new ShareDecodeError('bad-shape', 'a values path has a segment that is not text');
  return [...head, ...(tail as string[]).map(decodeKey)];
}

function setAt(root: Values, path: readonly string[], value: unknown): void {
  let current = root;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i] as string;
    if (!Object.prototype.hasOwnProperty.call(current, key)) current[key] = {};
    const next = current[key];
    if (!isPlainMap(next)) throw new ShareDecodeError('bad-shape', `${path.slice(0, i + 1).join('.')} is set twice`);
    current = next;
  }
  const last = path[path.length - 1] as string;
  if (Object.prototype.hasOwnProperty.call(current, last)) throw new ShareDecodeError('bad-shape', `${path.join('.')} is set twice`);
  current[last] = value;
}

/** The JSON map inside a packJson() envelope; throws ShareDecodeError on a bad envelope. */
export async function unpackJson(data: string): Promise<Values> {
  if (data.length === 0) throw new ShareDecodeError('truncated', 'the data is empty');
  // Base64 of 64 KB could never need more than this; longer text is refused before any work.
  if (data.length > Math.ceil((MAX_DECODED_BYTES * 4) / 3) + 16) throw new ShareDecodeError('too-large', `${data.length} characters`);
  const bytes = fromBase64Url(data);
  if (bytes.byteLength <= CHECK_BYTES) throw new ShareDecodeError('truncated', 'shorter than its checksum');
  const json = await inflateRawLimited(bytes.subarray(CHECK_BYTES), MAX_DECODED_BYTES);
  const crc = crc32(json);
  if (bytes[0] !== ((crc >>> 24) & 0xff) || bytes[1] !== ((crc >>> 16) & 0xff) || bytes[2] !== ((crc >>> 8) & 0xff)) {
    throw new ShareDecodeError('bad-checksum');
  }
  const parsed = parseUntrustedJson(json);
  if (!isPlainMap(parsed)) throw new ShareDecodeError('not-a-map', `found ${Array.isArray(parsed) ? 'a list' : parsed === null ? 'null' : typeof parsed}`);
  return parsed;
}

/** `{v, d}` (and the `extraFields` a later format adds) to the chart version and values. */
export function decodePayload(parsed: Values, extraFields: readonly string[] = []): DecodedPayload {
  const extra = Object.keys(parsed).filter((k) => k !== 'v' && k !== 'd' && !extraFields.includes(k));
  if (extra.length > 0) throw new ShareDecodeError('bad-shape', `unexpected field ${JSON.stringify(extra[0])}`);
  const { v: version, d: pairs } = parsed;
  if (typeof version !== 'string') throw new ShareDecodeError('bad-shape', 'no chart version');
  if (!Array.isArray(pairs) || pairs.length % 2 !== 0) throw new ShareDecodeError('bad-shape', 'the values are not a list of path/value pairs');
  const changed: Values = {};
  for (let i = 0; i < pairs.length; i += 2) {
    setAt(changed, decodeRef(pairs[i]), decodeValue(pairs[i + 1], 0));
  }
  return { version, changed };
}

export async function decodeV1(data: string): Promise<DecodedPayload> {
  return decodePayload(await unpackJson(data));
}
