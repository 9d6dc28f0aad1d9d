/**
 * Why a share link could not be opened. Every code has one plain sentence the
 * page shows as it is; the codes let tests and the UI tell the cases apart.
 */
export type ShareErrorCode =
  | 'missing'
  | 'bad-format'
  | 'unknown-format'
  | 'truncated'
  | 'bad-base64'
  | 'bad-deflate'
  | 'bad-checksum'
  | 'too-large'
  | 'bad-json'
  | 'not-a-map'
  | 'bad-shape'
  | 'forbidden-key'
  | 'unknown-chart-version';

export interface ShareError {
  code: ShareErrorCode;
  message: string;
}

const SHARE_ERROR_MESSAGES: Readonly<Record<ShareErrorCode, string>> = {
  missing: 'The link has no saved state (no "#s=…" part).',
  'bad-format': 'The link’s state is not in the "s=<format>.<data>" form.',
  'unknown-format': 'The link was made by a newer or unknown version of the builder (unknown link format).',
  truncated: 'The link is incomplete: it was cut off when it was copied. Copy the whole link again.',
  'bad-base64': 'The link is damaged: it contains characters a share link never has.',
  'bad-deflate': 'The link is damaged: its compressed data cannot be unpacked.',
  'bad-checksum': 'The link is damaged: some characters were changed since it was made.',
  'too-large': 'The link holds more than 64 KB of values; it was not opened.',
  'bad-json': 'The link’s contents are not readable values.',
  'not-a-map': 'The link’s contents are not a map of values.',
  'bad-shape': 'The link’s contents do not have the expected structure.',
  'forbidden-key': 'The link uses a forbidden key (__proto__, constructor or prototype); it was not opened.',
  'unknown-chart-version': 'The link is for a chart version this builder does not know.',
};

export function shareError(code: ShareErrorCode, detail?: string): ShareError {
  const base = SHARE_ERROR_MESSAGES[code];
  return { code, message: detail ? `${base} (${detail})` : base };
}

/** Thrown inside the decoder and turned into a `{ ok: false }` result at the boundary. */
export class ShareDecodeError extends Error {
  readonly code: ShareErrorCode;
  readonly detail: string | undefined;
  constructor(code: ShareErrorCode, detail?: string) {
    super(shareError(code, detail).message);
    this.code = code;
    this.detail = detail;
  }
}
