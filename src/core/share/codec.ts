import { isChartVersion } from '../../schema/chart-versions';
import type { Values } from '../../shared/values';
import { ShareDecodeError, shareError, type ShareError, type ShareErrorCode } from './errors';
import { CURRENT_FORMAT, SHARE_FORMATS } from './formats';
import { parseFragment } from './fragment';
import { omitSecrets } from '../secrets/mask';
import { secretPathText } from '../secrets/classify';
import { ingest, type IngestErrorCode, type IngestReport } from '../ingest/ingest';
import type { ValueCheck } from '../ingest/value-checks';

/** A value a link holds that is kept but flagged. */
export type ShareWarning = ValueCheck;

export interface ShareStateInput {
  /** The chart release the values are for. */
  version: string;
  /** `computeValues(form, version).changed`: only what differs from the chart defaults. */
  changed: Values;
  /** Put the values the secret classifier finds (core/secrets) in the link; off unless the user opts in. */
  includeSecrets: boolean;
}

/** A secret value a link left out: its path, and the path as people read it. */
export interface LeftOutSecret {
  path: readonly string[];
  id: string;
}

export type DecodeShareResult =
  | {
      ok: true;
      version: string;
      /** The link's values, migrated (core/ingest): what differs from the chart defaults. */
      changed: Values;
      /** What the form opens with. */
      formValues: Values;
      warnings: readonly ShareWarning[];
      leftOut: LeftOutSecret[];
      report: IngestReport;
    }
  | { ok: false; error: ShareError };

export interface ShareState {
  /** `s=<format>.<data>`, without `#`. */
  fragment: string;
  /** The secret values left out of it (empty when the user included them). */
  leftOut: LeftOutSecret[];
}

/**
 * The fragment that carries the state, and what it left out: every value the
 * secret classifier finds is left out unless `includeSecrets`; the link
 * records their paths (never their values) so the opened form can ask for them.
 */
export async function shareState(input: ShareStateInput): Promise<ShareState> {
  if (!isChartVersion(input.version)) throw new Error(`Unknown chart version ${input.version}`);
  const { values, leftOut } = input.includeSecrets ? { values: input.changed, leftOut: [] } : omitSecrets(input.changed);
  const data = await CURRENT_FORMAT.encode(
    input.version,
    values,
    leftOut.map((f) => f.path),
  );
  return { fragment: `s=${CURRENT_FORMAT.tag}.${data}`, leftOut: leftOut.map(({ path, id }) => ({ path, id })) };
}

/** The fragment (without `#`) that carries the state: `s=<format>.<data>` (see shareState). */
export async function encodeShareState(input: ShareStateInput): Promise<string> {
  return (await shareState(input)).fragment;
}

/** How a refusal by ingest() reads as a link error. */
const SHARE_CODES: Readonly<Record<IngestErrorCode, ShareErrorCode>> = {
  'not-a-map': 'not-a-map',
  'forbidden-key': 'forbidden-key',
  'too-deep': 'bad-shape',
  'too-large': 'too-large',
  'not-data': 'bad-shape',
  'unknown-version': 'unknown-chart-version',
};

/**
 * Reads the state from a fragment (`#s=…`, with or without `#`, other
 * parameters such as `field=` allowed). Never throws: a bad link gives
 * `{ ok: false, error }` with a specific message. This door decodes the
 * link; ingest() (core/ingest) guards and migrates the values and gives the
 * form values. Values that fail their field's checks are kept and listed in `warnings`.
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
    const { version, changed, leftOut = [] } = await format.decode(state.slice(dot + 1));
    if (!isChartVersion(version)) throw new ShareDecodeError('unknown-chart-version', `"${version.slice(0, 32)}"`);
    const ingested = ingest({ door: 'share-link', data: changed, shape: 'overlay', leftOut }, version);
    if (!ingested.ok) throw new ShareDecodeError(SHARE_CODES[ingested.error.code], ingested.error.message);
    return {
      ok: true,
      version,
      changed: ingested.values,
      formValues: ingested.formValues,
      warnings: ingested.report.checks,
      leftOut: leftOut.map((path) => ({ path, id: secretPathText(path) })),
      report: ingested.report,
    };
  } catch (error) {
    if (error instanceof ShareDecodeError) return { ok: false, error: shareError(error.code, error.detail) };
    return { ok: false, error: shareError('bad-shape', error instanceof Error ? error.message : String(error)) };
  }
}
