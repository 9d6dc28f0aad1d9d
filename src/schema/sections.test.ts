import { describe, expect, test } from 'vitest';
import { allFields, allNodes } from './defaults';
import { QUICK_SETUP, SECTIONS, sectionFields, sectionOf } from './sections';

describe('SECTIONS', () => {
  test('every schema field is in exactly one reference or Advanced section', () => {
    const count = new Map<string, string[]>();
    for (const section of SECTIONS.filter((s) => !s.essentials)) {
      for (const field of sectionFields(section)) count.set(field.id, [...(count.get(field.id) ?? []), section.id]);
    }
    const missing = allFields()
      .filter((f) => !count.has(f.id))
      .map((f) => f.id);
    const twice = [...count].filter(([, ids]) => ids.length > 1).map(([id, ids]) => `${id} (${ids.join(', ')})`);
    expect(missing, 'fields in no section').toEqual([]);
    expect(twice, 'fields in several sections').toEqual([]);
  });

  test('section ids are unique and advanced sections come last', () => {
    expect(new Set(SECTIONS.map((s) => s.id)).size).toBe(SECTIONS.length);
    const firstAdvanced = SECTIONS.findIndex((s) => s.advanced);
    expect(firstAdvanced).toBeGreaterThan(0);
    expect(SECTIONS.slice(firstAdvanced).every((s) => s.advanced)).toBe(true);
  });

  test('a group key expands to its fields in schema order', () => {
    const ingress = SECTIONS.find((s) => s.id === 'ingress');
    expect(ingress).toBeDefined();
    const ids = sectionFields(ingress!).map((f) => f.id);
    expect(ids).toContain('ingress.enabled');
    const order = allFields().map((f) => f.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
  });

  test('every section key names a schema node', () => {
    const known = new Set(allNodes().map((n) => n.id));
    const unknown = SECTIONS.flatMap((s) => s.keys.filter((k) => !known.has(k)).map((k) => `${s.id}: ${k}`));
    expect(unknown).toEqual([]);
  });

  test('Quick setup comes first and lists only fields that a reference section also holds; it is where they are shown', () => {
    expect(SECTIONS[0]).toBe(QUICK_SETUP);
    expect(SECTIONS.filter((s) => s.essentials)).toEqual([QUICK_SETUP]);
    const fields = sectionFields(QUICK_SETUP).map((f) => f.id);
    expect(fields).toEqual(['namespace', 'agent.instance', 'agent.token', 'agentSecret', 'ingress.enabled', 'ingress.hostName', 'gateway.service.type', 'artifactsStore']);
    const reference = SECTIONS.filter((s) => !s.essentials && !s.advanced);
    for (const id of fields) {
      expect(
        reference.some((s) => sectionFields(s).some((f) => f.id === id)),
        id,
      ).toBe(true);
      expect(sectionOf(id)).toBe(QUICK_SETUP);
    }
  });

  test('fields follow the order of the section keys', () => {
    const agent = SECTIONS.find((s) => s.id === 'agent');
    expect(
      agent &&
        sectionFields(agent)
          .slice(0, 3)
          .map((f) => f.id),
    ).toEqual(['agent.instance', 'agent.token', 'agentSecret']);
    const deployment = SECTIONS.find((s) => s.id === 'deployment');
    expect(deployment && sectionFields(deployment).map((f) => f.id)).toEqual(['deploymentChart', 'deploymentVersion', 'deploymentType', 'releaseName']);
  });

  test('timezone is in the Time zone section, not in Secrets & misc', () => {
    const misc = SECTIONS.find((s) => s.id === 'misc');
    expect(misc && sectionFields(misc).map((f) => f.id)).not.toContain('timezone');
    const tz = SECTIONS.find((s) => s.id === 'time-zone');
    expect(tz && sectionFields(tz).map((f) => f.id)).toEqual(['timezone']);
  });
});
