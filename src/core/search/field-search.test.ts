import { describe, expect, test } from 'vitest';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { allFields } from '../../schema/defaults';
import { buildSearchIndex, queryTokens, searchFields, type SearchEntry } from './field-search';

const index = buildSearchIndex(allFields(), LATEST_CHART_VERSION);
const ids = (query: string) => searchFields(index, query).map((h) => h.id);

describe('searchFields on the real schema', () => {
  test('finds keys by path segment, including those of collapsed Advanced sections', () => {
    expect(ids('replicas')[0]).toBe('gateway.replicas');
    expect(ids('logLevel')[0]).toBe('logLevel');
    expect(ids('hpa')).toContain('gateway.hpa.enabled');
    expect(ids('hpa').every((id) => id.startsWith('gateway.hpa.'))).toBe(true);
  });

  test('"ing" lists Enable ingress first (a group name ties its fields; schema order breaks the tie)', () => {
    expect(ids('ing')[0]).toBe('ingress.enabled');
    expect(ids('ingress')[0]).toBe('ingress.enabled');
  });

  test('matches labels, allowed values and descriptions, and says where', () => {
    const [byLabel] = searchFields(index, 'agent instance');
    expect(byLabel?.id).toBe('agent.instance');
    const byValue = searchFields(index, 'NodePort').find((h) => h.id === 'gateway.service.type');
    expect(byValue).toMatchObject({ matchedIn: 'value', value: 'NodePort' });
    const byProse = searchFields(index, 'kubernetes ingress');
    expect(byProse.map((h) => h.id)).toContain('ingress.enabled');
  });

  test('every token must match; an empty query finds nothing; the limit holds', () => {
    expect(ids('ingress zzzz')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(searchFields(index, 'e', 5)).toHaveLength(5);
  });

  test('keys the release lacks are not offered', () => {
    const old = buildSearchIndex(allFields(), '2.0.0');
    const missing = allFields().filter((f) => !old.some((e) => e.id === f.id));
    expect(missing.length).toBeGreaterThan(0);
    for (const f of missing) expect(searchFields(old, f.id).map((h) => h.id)).not.toContain(f.id);
  });
});

describe('searchFields ranking (table)', () => {
  const entry = (id: string, label: string, options: string[] = [], description = ''): SearchEntry => ({ id, label, description, options, order: 0 });
  const table: Array<[string, SearchEntry[], string[]]> = [
    ['exact segment beats prefix', [entry('a.portal', 'Portal'), entry('b.port', 'Number')], ['b.port', 'a.portal']],
    ['label prefix beats substring', [entry('x', 'Has timeout'), entry('y', 'Timeout')].map((e, i) => ({ ...e, order: i })), ['y', 'x']],
    ['value beats prose', [entry('d', 'D', [], 'uses debug mode'), entry('v', 'V', ['debug', 'info'])].map((e, i) => ({ ...e, order: i })), ['v', 'd']],
    ['camelCase words match', [entry('hostName', 'Something')], ['hostName']],
  ];
  test.each(table)('%s', (name, entries, expected) => {
    const query = { 'exact segment beats prefix': 'port', 'label prefix beats substring': 'timeout', 'value beats prose': 'debug', 'camelCase words match': 'hostname' }[name] as string;
    expect(searchFields(entries, query).map((h) => h.id)).toEqual(expected);
  });

  test('tokens are lower-cased and split on white space', () => {
    expect(queryTokens('  Ingress  HOST ')).toEqual(['ingress', 'host']);
  });
});
