/**
 * The agent chart draws two random secrets on every render (`randAlphaNum 60`
 * for POLYAXON_SECRET_KEY and POLYAXON_SECRET_INTERNAL_TOKEN when
 * `polyaxonSecret` / `internalToken` are unset), and the pods carry a checksum
 * of that Secret. Two renders of the same values therefore differ in exactly
 * those lines (spec A.14 #6). This replaces them with fixed markers so renders
 * can be compared byte for byte; nothing else is touched.
 */
export const RANDOM_SECRET_MARKER = '<random at each render: randAlphaNum 60>';
export const RANDOM_CHECKSUM_MARKER = '<checksum of the random secrets>';

const SECRET_LINE = /^(\s*POLYAXON_SECRET_(?:KEY|INTERNAL_TOKEN): )"([A-Za-z0-9+/=]+)"$/gm;
const CHECKSUM_LINE = /^(\s*checksum\/common-secrets: )[0-9a-f]{64}$/gm;

function isRandomAlphaNum60(b64: string): boolean {
  if (b64.length !== 80) return false;
  const decoded = atob(b64);
  return /^[A-Za-z0-9]{60}$/.test(decoded);
}

/** Masks the chart's random secrets (and the checksum that depends on them) when the output has any. */
export function maskRandomSecrets(output: string): string {
  let random = false;
  const masked = output.replace(SECRET_LINE, (line, head: string, b64: string) => {
    if (!isRandomAlphaNum60(b64)) return line;
    random = true;
    return `${head}"${RANDOM_SECRET_MARKER}"`;
  });
  return random ? masked.replace(CHECKSUM_LINE, `$1${RANDOM_CHECKSUM_MARKER}`) : masked;
}
