import type { FieldNode } from '../../schema/walk';
import { fieldProps } from '../fields/field-props';
import { existsWithAncestors } from '../fields/node-index';
import { subFieldDrafts, subFieldId, type SubFieldPlace } from './sub-field-entries';

/** What one field offers to the finder, for a chart release. */
export interface SearchEntry {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly options: readonly string[];
  /** Position in the list given to buildSearchIndex (schema order): breaks ties. */
  readonly order: number;
  /** A sub-field (a toleration's key): the field whose value holds it. */
  readonly within?: SubFieldPlace;
}

/** Where a hit matched best: shown as a hint beside the result. */
type MatchedIn = 'label' | 'path' | 'value' | 'description';

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  readonly matchedIn: MatchedIn;
  /** The allowed value that matched, when the match was on an enum value. */
  readonly value?: string;
  readonly score: number;
  readonly within?: SubFieldPlace;
}

interface TokenMatch {
  score: number;
  where: MatchedIn;
  value?: string;
}

/**
 * The searchable fields of a release (fields the release lacks are left out),
 * then the sub-fields inside their values (a toleration's key, a connection's
 * bucket, from the schema), which rank after fields on a tie.
 */
export function buildSearchIndex(fields: readonly FieldNode[], version: string): SearchEntry[] {
  const present = fields.filter((f) => existsWithAncestors(f, version));
  const entries: SearchEntry[] = [];
  const subs: SearchEntry[] = [];
  for (const f of present) {
    const fp = fieldProps(f, version);
    entries.push({ id: f.id, label: fp.label, description: fp.description, options: fp.options ?? [], order: entries.length });
    for (const d of subFieldDrafts(f)) {
      const within = { ...d.place, fieldLabel: fp.label };
      subs.push({ id: subFieldId(d.place), label: d.label, description: d.description, options: d.options, order: present.length + subs.length, within });
    }
  }
  return [...entries, ...subs];
}

/** Words of a text, lower-cased; camelCase is split too so `hostName` has the word `name`. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function best(a: TokenMatch | undefined, b: TokenMatch | undefined): TokenMatch | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

function matchPath(id: string, token: string): TokenMatch | undefined {
  const path = id.toLowerCase();
  if (path === token) return { score: 100, where: 'path' };
  const segments = path.split('.');
  if (segments.includes(token)) return { score: 95, where: 'path' };
  if (segments.some((s) => s.startsWith(token))) return { score: 90, where: 'path' };
  if (path.startsWith(token)) return { score: 88, where: 'path' }; // "ingress.ho"
  if (path.includes(token)) return { score: 60, where: 'path' };
  return undefined;
}

function matchLabel(label: string, token: string): TokenMatch | undefined {
  const text = label.toLowerCase();
  if (text === token) return { score: 100, where: 'label' };
  if (text.startsWith(token)) return { score: 90, where: 'label' };
  if (words(label).some((w) => w.startsWith(token))) return { score: 85, where: 'label' };
  if (text.includes(token)) return { score: 55, where: 'label' };
  return undefined;
}

function matchOptions(options: readonly string[], token: string): TokenMatch | undefined {
  let found: TokenMatch | undefined;
  for (const option of options) {
    const text = option.toLowerCase();
    const score = text === token ? 70 : text.startsWith(token) ? 65 : text.includes(token) ? 40 : 0;
    if (score > (found?.score ?? 0)) found = { score, where: 'value', value: option };
  }
  return found;
}

function matchDescription(description: string, token: string): TokenMatch | undefined {
  if (words(description).some((w) => w.startsWith(token))) return { score: 30, where: 'description' };
  if (description.toLowerCase().includes(token)) return { score: 20, where: 'description' };
  return undefined;
}

function matchToken(entry: SearchEntry, token: string): TokenMatch | undefined {
  return [matchPath(entry.id, token), matchLabel(entry.label, token), matchOptions(entry.options, token), matchDescription(entry.description, token)].reduce(best, undefined);
}

/** The query's tokens: lower-cased, split on white space. */
export function queryTokens(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
}

/**
 * Fields matching every token of `query` in their key path, label, allowed
 * values or description, best first: a whole key segment or label beats a
 * prefix, a prefix beats a substring, and names beat values beat prose. Ties
 * keep schema order (so "ingress" lists `ingress.enabled` first). An empty
 * query finds nothing.
 */
export function searchFields(index: readonly SearchEntry[], query: string, limit = 50): SearchHit[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  const hits: Array<SearchHit & { order: number }> = [];
  for (const entry of index) {
    let score = 0;
    let lead: TokenMatch | undefined;
    for (const token of tokens) {
      const m = matchToken(entry, token);
      if (!m) {
        lead = undefined;
        break;
      }
      score += m.score;
      lead = best(lead, m);
    }
    if (!lead) continue;
    hits.push({
      id: entry.id,
      label: entry.label,
      matchedIn: lead.where,
      ...(lead.value !== undefined ? { value: lead.value } : {}),
      ...(entry.within ? { within: entry.within } : {}),
      score,
      order: entry.order,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, limit).map(({ order: _order, ...hit }) => hit);
}
