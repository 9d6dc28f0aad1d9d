import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The files of a .tgz (ustar, as `helm package` writes them): path -> text. */
function readTgz(file: string): Map<string, string> {
  const data = gunzipSync(readFileSync(file));
  const files = new Map<string, string>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    const body = data.subarray(offset + 512, offset + 512 + size);
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') files.set(name, body.toString('utf8'));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** All template text of the real chart release `version` (../shared/charts/agent-<version>.tgz). */
export function chartTemplates(chartsDir: string, version: string): string {
  const files = readTgz(path.join(chartsDir, `agent-${version}.tgz`));
  return [...files]
    .filter(([name]) => /^[^/]+\/templates\//.test(name))
    .map(([, text]) => text)
    .join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How the templates read `keyPath`, or undefined when they do not: `.Values.<path>` directly, or a parent
 * map handed over whole (toYaml, toJson, range, include), or opened with `with`/`:=` and the key read by name.
 */
export function howRead(templates: string, keyPath: readonly string[]): string | undefined {
  if (new RegExp(`\\.Values\\.${escape(keyPath.join('.'))}(?![\\w])`).test(templates)) return 'directly';
  for (let n = keyPath.length - 1; n > 0; n -= 1) {
    const parentPath = keyPath.slice(0, n).join('.');
    const parent = `\\.Values\\.${escape(parentPath)}(?![\\w.])`;
    if (new RegExp(`\\b(?:toYaml|toJson|range|include)\\b[^}\\n]*${parent}`).test(templates)) return `through ${parentPath}, handed over whole`;
    if (new RegExp(`(?:\\bwith\\b|:=)[^}\\n]*${parent}`).test(templates) && new RegExp(`\\.${escape(keyPath[n] as string)}(?![\\w])`).test(templates)) {
      return `through ${parentPath}, opened and read by name`;
    }
  }
  return undefined;
}
