import { isChartVersion } from '../../schema/chart-versions';
import type { Values } from '../values/types';
import { ShareDecodeError, shareError, type ShareError } from './errors';
import { CURRENT_FORMAT, SHARE_FORMATS } from './formats';
import { parseFragment } from './fragment';
import { withoutSecrets } from './secrets';
import { checkSharedValues, type ShareWarning } from './warnings';

export interface ShareStateInput {
  /** The chart release the values are for. */
  version: string;
  /** `computeValues(form, version).changed`: only what differs from the chart defaults. */
  changed: Values;
  /** Put fields marked `secret` (agent.token, …) in the link; off unless the user opts in. */
  includeSecrets: boolean;
}

export type DecodeShareResult =
  | { ok: true; version: string; changed: Values; warnings: ShareWarning[] }
  | { ok: false; error: ShareError };

export interface ShareOptions {
  /** Overrides the schema's secret fields (tests). */
  secretPaths?: ReadonlyArray<readonly string[]>;
}

/**
 * The fragment (without `#`) that carries the state: `s=<format>.<data>`.
 * Values of secret fields are left out unless `includeSecrets`.
 */
export async function encodeShareState(input: ShareStateInput, options: ShareOptions = {}): Promise<string> {
  if (!isChartVersion(input.version)) throw new Error(`Unknown chart version ${input.version}`);
  const values = input.includeSecrets ? input.changed : withoutSecrets(input.changed, options.secretPaths);
  const data = await CURRENT_FORMAT.encode(input.version, values);
  return `s=${CURRENT_FORMAT.tag}.${data}`;
}

/**
 * Reads the state from a fragment (`#s=…`, with or without `#`, other
 * parameters such as `field=` allowed). Never throws: a bad link gives
 * `{ ok: false, error }` with a specific message. Values that fail their
 * field's checks are kept and listed in `warnings`.
 */
export async function decodeShareState(fragment: string): Promise<DecodeShareResult> {
  try {
    const { state } = parseFragment(fragment);
    if (state === undefined) throw new ShareDecodeError('missing');
    const dot = state.indexOf('.');
    if (dot <= 0) throw new ShareDecodeError('bad-format');
    const tag = state.slice(0, dot);
    const format = SHARE_FORMATS.get(tag);
    if (!format) throw new ShareDecodeError('unknown-format', `format "${tag.slice(0, 16)}"`);
    const { version, changed } = await format.decode(state.slice(dot + 1));
    if (!isChartVersion(version)) throw new ShareDecodeError('unknown-chart-version', `"${version.slice(0, 32)}"`);
    return { ok: true, version, changed, warnings: checkSharedValues(changed, version) };
  } catch (error) {
    if (error instanceof ShareDecodeError) return { ok: false, error: shareError(error.code, error.detail) };
    return { ok: false, error: shareError('bad-shape', error instanceof Error ? error.message : String(error)) };
  }
}
