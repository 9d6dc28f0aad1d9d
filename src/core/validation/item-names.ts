import type { Widget } from '../../schema/meta';

/** What one item of a structured list field is called in messages ("Toleration 2: ..."). */
const ITEM_NOUN: Partial<Record<Widget, string>> = {
  tolerations: 'Toleration',
  ingressTls: 'TLS entry',
  extraPaths: 'Extra path',
  connectionList: 'Connection',
};

export function itemNoun(widget: Widget): string | undefined {
  return ITEM_NOUN[widget];
}

/** A path inside a value in user terms: `backend.service.port`, `hosts #1`. */
export function formatSubPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `${i === 0 ? 'item' : ''} #${key + 1}`.trimStart() : String(key)))
    .join('.')
    .replace(/\.#/g, ' #');
}
