import { describe, expect, test } from 'vitest';
import { CHART_VERSIONS } from '../src/schema/chart-versions';
import { valuesSchemaJson } from './values-schema-json';

describe('valuesSchemaJson plugin', () => {
  test('emits the latest schema and one per chart release', () => {
    const emitted: Array<{ fileName: string; source: string }> = [];
    const plugin = valuesSchemaJson();
    const hook = plugin.generateBundle as unknown as (this: { emitFile: (f: { fileName: string; source: string }) => void }) => void;
    hook.call({ emitFile: (f) => emitted.push(f) });
    expect(emitted.map((f) => f.fileName)).toEqual(['values.schema.json', ...CHART_VERSIONS.map((v) => `schemas/${v}/values.schema.json`)]);
    const latest = JSON.parse(emitted[0]!.source) as { title: string; properties: Record<string, unknown> };
    expect(latest.title).toContain('2.15.1');
    expect(Object.keys(latest.properties)).toContain('ingress');
    const old = JSON.parse(emitted.find((f) => f.fileName.includes('2.0.0'))!.source) as { properties: { agent: { properties: Record<string, unknown> } } };
    expect(Object.keys(old.properties.agent.properties)).not.toContain('enableStatusFinalizers');
  });
});
