import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, YAML11_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { schemaMeta } from '../../schema/meta';
import { schemaAt, unwrap } from '../../schema/walk';
import { valuesSchema } from '../../schema/values-schema';
import { isPlainMap, type Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { GOLDEN_SCENARIOS, scenarioValues, type GoldenScenario } from '../../test-utils/golden-scenarios';

/**
 * Compares the builder's output for every golden scenario with
 * expected/<id>.yaml, text for text. Regenerate with UPDATE_GOLDEN=1 (then
 * review the diff before committing).
 */
const expectedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'expected');
const update = process.env.UPDATE_GOLDEN === '1';

function expectedPath(scenario: GoldenScenario): string {
  return path.join(expectedDir, `${scenario.id}.yaml`);
}

/** Dotted paths of the edits down to the schema's fields (a field's own value is not walked into). */
function editedFieldPaths(edits: Values, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const [key, value] of Object.entries(edits)) {
    const p = [...prefix, key];
    const node = schemaAt(valuesSchema, p);
    const isGroup = node !== undefined && schemaMeta.get(unwrap(node))?.kind === 'group';
    if (isGroup && isPlainMap(value)) out.push(...editedFieldPaths(value, p));
    else out.push(p);
  }
  return out;
}

describe('golden scenarios', () => {
  if (update) {
    mkdirSync(expectedDir, { recursive: true });
    console.log(`UPDATE_GOLDEN=1: rewriting ${expectedDir}`);
  }

  test('scenario ids are unique', () => {
    const ids = GOLDEN_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(GOLDEN_SCENARIOS.map((s) => [s.id, s]))('%s: every edited key is a schema key', (_id, scenario) => {
    for (const p of editedFieldPaths(scenario.edits)) {
      expect(schemaAt(valuesSchema, p), `unknown key ${p.join('.')}`).toBeDefined();
    }
  });

  test.each(GOLDEN_SCENARIOS.map((s) => [s.id, s]))('%s: output matches expected/<id>.yaml and reads back', (_id, scenario) => {
    const values = scenarioValues(scenario);
    const text = toYaml(values);
    const file = expectedPath(scenario);
    if (update) writeFileSync(file, text);
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run src/core/golden`).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
    expect(load(text, { schema: YAML11_SCHEMA })).toEqual(values);
    expect(load(text, { schema: CORE_SCHEMA })).toEqual(values);
  });

  test('the defaults-only scenario writes an empty map', () => {
    const scenario = GOLDEN_SCENARIOS.find((s) => s.id === 'defaults-only');
    expect(scenario && toYaml(scenarioValues(scenario))).toBe('{}\n');
  });

  test('every edit shows up in the output (no scenario is a no-op by mistake)', () => {
    for (const scenario of GOLDEN_SCENARIOS) {
      const values = scenarioValues(scenario);
      expect(Object.keys(values).length > 0, scenario.id).toBe(Object.keys(scenario.edits).length > 0);
    }
  });

  test('no stale expected files', () => {
    const ids = new Set(GOLDEN_SCENARIOS.map((s) => `${s.id}.yaml`));
    const files = existsSync(expectedDir) ? readdirSync(expectedDir) : [];
    expect(files.filter((f) => !ids.has(f))).toEqual([]);
  });
});
