import { dump } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { CHART_VERSIONS } from '../../schema/chart-versions';
import { allFields, fieldDefault } from '../../schema/defaults';
import { renderValue } from './default-text';

describe('renderValue (the default text of a field, without a YAML library)', () => {
  test('every collection default of every release reads as js-yaml would write it', () => {
    let compared = 0;
    for (const version of CHART_VERSIONS) {
      for (const node of allFields()) {
        const d = fieldDefault(node.meta, version);
        if (!d.present || typeof d.value !== 'object' || d.value === null || Object.keys(d.value).length === 0) continue;
        const flat = Array.isArray(d.value) && d.value.every((v) => v === null || typeof v !== 'object');
        expect(renderValue(d.value), `${node.id} in ${version}`).toBe(dump(d.value, { noRefs: true, flowLevel: flat ? 0 : -1 }).trimEnd());
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  test.each([
    [['a', 'b'], '[a, b]'],
    [{ a: [], b: {}, c: null }, 'a: []\nb: {}\nc: null'],
    [{ list: [[1, 2], { k: 'v', n: { x: true } }] }, 'list:\n  - - 1\n    - 2\n  - k: v\n    "n":\n      x: true'],
    [{ on: 'yes', port: '8080' }, '"on": "yes"\nport: "8080"'],
  ])('%j', (value, text) => {
    expect(renderValue(value)).toBe(text);
  });
});
