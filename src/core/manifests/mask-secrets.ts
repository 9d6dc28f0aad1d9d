import type { K8sObject } from './objects';

/**
 * The text of a Secret with every `data` / `stringData` value replaced by a
 * mask that keeps only its size, so the Manifests view never shows a token or
 * key. Other objects are returned unchanged. Works on Helm's text (keys at two
 * spaces under `data:` / `stringData:`, the chart's layout), so what the user
 * sees is still the manifest as rendered, line for line.
 */
export const MASK = '••••••';

function describe(value: string, base64: boolean): string {
  const raw = value.trim().replace(/^["']|["']$/g, '');
  if (raw === '' || raw === 'null') return raw === '' ? '""' : 'null';
  const bytes = base64 ? Math.floor((raw.replace(/=+$/, '').length * 3) / 4) : new TextEncoder().encode(raw).length;
  return `"${MASK}" # ${bytes} bytes, masked`;
}

export function maskSecretText(object: Pick<K8sObject, 'kind' | 'text'>): string {
  if (object.kind !== 'Secret') return object.text;
  let block: 'data' | 'stringData' | undefined;
  return object.text
    .split('\n')
    .map((line) => {
      const top = /^(data|stringData):\s*(\{\})?\s*$/.exec(line);
      if (top) {
        block = top[2] ? undefined : (top[1] as 'data' | 'stringData');
        return line;
      }
      if (/^\S/.test(line)) {
        block = undefined;
        return line;
      }
      if (!block) return line;
      const entry = /^(\s+(?:"[^"]*"|'[^']*'|[^\s:#][^:#]*?)):(\s+)(.*)$/.exec(line);
      if (!entry) return line.trim() === '' || line.trim().startsWith('#') ? line : line.replace(/\S.*$/, MASK);
      return `${entry[1]}:${entry[2]}${describe(entry[3] ?? '', block === 'data')}`;
    })
    .join('\n');
}
