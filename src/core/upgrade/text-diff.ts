/** One line of a line diff: kept, removed (only before) or added (only after). */
export interface DiffLine {
  readonly op: ' ' | '-' | '+';
  readonly text: string;
}

/**
 * A line diff of two texts (longest common subsequence; removals before
 * additions at each change). Texts of a few hundred lines, as values files
 * are, diff in well under a millisecond per hundred lines.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after === '' ? [] : after.replace(/\n$/, '').split('\n');
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    const row = lcs[i] as Uint32Array;
    const next = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j -= 1) row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i] as string });
      i += 1;
      j += 1;
    } else if ((lcs[i + 1] as Uint32Array)[j]! >= (lcs[i] as Uint32Array)[j + 1]!) {
      out.push({ op: '-', text: a[i] as string });
      i += 1;
    } else {
      out.push({ op: '+', text: b[j] as string });
      j += 1;
    }
  }
  for (; i < n; i += 1) out.push({ op: '-', text: a[i] as string });
  for (; j < m; j += 1) out.push({ op: '+', text: b[j] as string });
  return out;
}

/** The diff as text, one `  `, `- ` or `+ ` prefixed line each (what the preview shows). */
export function diffText(lines: readonly DiffLine[]): string {
  return lines.map((l) => `${l.op} ${l.text}`).join('\n') + (lines.length > 0 ? '\n' : '');
}
