import type { FieldMeta } from '../../schema/meta';

/** What one item of a list of objects is called in messages ("Toleration 2: ..."): the schema's rows noun. */
export function itemNoun(meta: FieldMeta): string | undefined {
  const noun = meta.rows?.noun;
  return noun === undefined ? undefined : noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** A path inside a value in user terms: `backend.service.port`, `hosts #1`. */
export function formatSubPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `${i === 0 ? 'item' : ''} #${key + 1}`.trimStart() : String(key)))
    .join('.')
    .replace(/\.#/g, ' #');
}
