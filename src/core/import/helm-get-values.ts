import { isHelmGetValuesLine } from './release-target';

/**
 * `helm get values <release>` prints `USER-SUPPLIED VALUES:` and then the
 * values as YAML (`null` when there are none); `helm get values -a` prints
 * `COMPUTED VALUES:` and the chart's defaults merged with them. `-o yaml`
 * and `-o json` print no header (JSON is YAML, so both load as a values file).
 */

export type HelmGetValuesHeader = 'user-supplied' | 'computed';

const HEADER = /^(USER-SUPPLIED|COMPUTED) VALUES:[ \t]*$/;
function isSkippable(line: string): boolean {
  return line.trim() === '' || isHelmGetValuesLine(line);
}

/** The header `helm get values` printed, when the text starts with one (after blank lines or the command itself). */
export function helmGetValuesHeader(text: string): HelmGetValuesHeader | undefined {
  for (const line of text.split('\n')) {
    if (isSkippable(line)) continue;
    const m = HEADER.exec(line.replace(/\r$/, ''));
    if (!m) return undefined;
    return m[1] === 'COMPUTED' ? 'computed' : 'user-supplied';
  }
  return undefined;
}

/**
 * The YAML part of `helm get values` output. The header line (and anything
 * before it: blank lines or the pasted command) becomes blank lines, so that
 * YAML errors keep the line numbers of the pasted text.
 */
export function stripHelmGetValuesHeader(text: string): { header: HelmGetValuesHeader | undefined; yaml: string } {
  const header = helmGetValuesHeader(text);
  const lines = text.split('\n');
  if (!header) {
    // `helm get values x -o yaml` prints no header: only the pasted command line goes.
    const at = lines.findIndex((l) => l.trim() !== '');
    if (at >= 0 && isHelmGetValuesLine(lines[at] as string)) lines[at] = '';
    return { header: undefined, yaml: lines.join('\n') };
  }
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const isHeader = HEADER.test(line.replace(/\r$/, ''));
    lines[i] = '';
    if (isHeader) break;
  }
  return { header, yaml: lines.join('\n') };
}
