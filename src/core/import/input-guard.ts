import { LineIndex } from './text-lines';
import { formatPosition, type YamlError } from './yaml-result';

/** Pasted or uploaded text larger than this is refused before parsing. */
export const MAX_INPUT_BYTES = 1024 * 1024;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(bytes: number, limit: number): YamlError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return {
    code: 'too-large',
    message: `The input is ${bytes > 10 * 1024 ? mb(bytes) : `${bytes} bytes`}; at most ${mb(limit)} can be imported.`,
  };
}

/**
 * Refuses text that cannot be a values file: too large, or binary data (NUL
 * bytes, or U+FFFD, which is what decoding non-UTF-8 bytes leaves behind).
 * Returns the text without a leading byte-order mark.
 */
export function guardText(text: string, limit = MAX_INPUT_BYTES): { ok: true; text: string } | { ok: false; error: YamlError } {
  if (text.length > limit || utf8Length(text) > limit) return { ok: false, error: tooLarge(utf8Length(text), limit) };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const nul = body.indexOf('\u0000');
  if (nul >= 0) {
    const position = new LineIndex(body).position(nul);
    return {
      ok: false,
      error: { code: 'binary', position, message: `This looks like binary data, not text: a NUL byte at ${formatPosition(position)}.` },
    };
  }
  const bad = body.indexOf('\uFFFD');
  if (bad >= 0) {
    const position = new LineIndex(body).position(bad);
    return {
      ok: false,
      error: {
        code: 'binary',
        position,
        message: `The text is not valid UTF-8 (an undecodable character, U+FFFD, at ${formatPosition(position)}). Save the file as UTF-8 and try again.`,
      },
    };
  }
  return { ok: true, text: body };
}

/** Decodes file bytes as strict UTF-8 (a BOM is dropped); refuses anything else. */
export function decodeBytes(bytes: Uint8Array, limit = MAX_INPUT_BYTES): { ok: true; text: string } | { ok: false; error: YamlError } {
  if (bytes.length > limit) return { ok: false, error: tooLarge(bytes.length, limit) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, error: { code: 'binary', message: `This looks like binary data, not text: a NUL byte at byte ${nul + 1}.` } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'binary', message: 'The file is not valid UTF-8 text. Save it as UTF-8 and try again.' } };
  }
  return guardText(text, limit);
}
