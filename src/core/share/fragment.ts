/**
 * The URL fragment the builder reads and writes: `#s=<format>.<data>` for the
 * shared state and `#field=<values path>` for a deep link, alone or together
 * (`#s=1.…&field=ingress.hostName`). The fragment never reaches a server, so
 * values in a link are not sent with page requests or written to access logs.
 */
export interface FragmentParts {
  /** The state, `<format>.<data>`, without `s=`. */
  state?: string;
  /** A dotted values path to reveal and focus. */
  field?: string;
}

function decodePart(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export function parseFragment(hash: string): FragmentParts {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const parts: FragmentParts = {};
  for (const piece of text.split('&')) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    const key = piece.slice(0, eq);
    const value = decodePart(piece.slice(eq + 1));
    if (value === undefined) continue;
    if (key === 's' && parts.state === undefined) parts.state = value;
    else if (key === 'field' && parts.field === undefined && value !== '') parts.field = value;
  }
  return parts;
}

/** `s=…&field=…` (no leading `#`); empty when both parts are absent. */
export function buildFragment(parts: FragmentParts): string {
  const out: string[] = [];
  if (parts.state !== undefined) out.push(`s=${parts.state}`);
  if (parts.field !== undefined) out.push(`field=${encodeURIComponent(parts.field).replace(/%2E/gi, '.')}`);
  return out.join('&');
}
