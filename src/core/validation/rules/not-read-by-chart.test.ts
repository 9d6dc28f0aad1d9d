import { describe, expect, test } from 'vitest';
import type { FieldMeta, GroupMeta } from '../../../schema/meta';
import type { SchemaNode } from '../../../schema/walk';
import { contextFromForm } from '../context';
import { ruleTable } from '../testing/rule-table';
import { makeNotReadByChart, notReadByChart } from './not-read-by-chart';

function field(id: string, meta: Partial<FieldMeta> = {}): SchemaNode {
  return { id, path: id.split('.'), meta: { kind: 'field', widget: 'switch', label: id, description: '', docsAnchor: 'a', ...meta } };
}
function group(id: string, meta: Partial<GroupMeta> = {}): SchemaNode {
  return { id, path: id.split('.'), meta: { kind: 'group', label: id, description: '', docsAnchor: 'a', ...meta } };
}

/** A small schema: operators.paddlejob only in 2.0.0–2.10.0, tmux from 2.15.0, backend never read. */
const rule = makeNotReadByChart([
  group('operators'),
  field('operators.tfjob', { default: false }),
  field('operators.paddlejob', { until: '2.10.0', default: false }),
  group('tmux', { since: '2.15.0' }),
  field('tmux.image'),
  field('backend', { readBy: 'none', default: 'gateway' }),
]);

const run = (values: Record<string, unknown>, version: string) => rule.check(contextFromForm(values, version)).map((p) => [p.path, p.severity]);

describe('not-read-by-chart (synthetic schema)', () => {
  test('a key removed before the release', () => {
    expect(run({ operators: { paddlejob: true } }, '2.15.1')).toEqual([['operators.paddlejob', 'warning']]);
    expect(run({ operators: { paddlejob: true } }, '2.10.0')).toEqual([]);
  });
  test('a group added after the release is reported once', () => {
    expect(run({ tmux: { image: 'x' } }, '2.14.1')).toEqual([['tmux', 'warning']]);
    expect(run({ tmux: { image: 'x' } }, '2.15.0')).toEqual([]);
    expect(run({ tmux: { image: null } }, '2.14.1')).toEqual([]);
  });
  test('a never-read key only when changed', () => {
    expect(run({ backend: 'gateway' }, '2.15.1')).toEqual([]);
    expect(run({ backend: 'api' }, '2.15.1')).toEqual([['backend', 'warning']]);
  });
  test('unknown keys, nested and top-level, with hints', () => {
    const problems = rule.check(contextFromForm({ timeZone: 'UTC', operators: { tfjob: true, paddle: true }, empty: null }, '2.15.1'));
    expect(problems.map((p) => p.path)).toEqual(['timeZone', 'operators.paddle']);
    expect(problems[0]?.message).toContain('the chart reads `timezone`');
  });
});

describe('not-read-by-chart (the values schema)', () => {
  ruleTable(notReadByChart, [
    ['the chart defaults: fine', {}, []],
    ['operators.paddlejob is not a 2.15.1 key', { operators: { paddlejob: true } }, [['operators.paddlejob', 'warning', 'Helm ignores it']]],
    ['the reference page spelling timeZone', { timeZone: 'Europe/Berlin' }, [['timeZone', 'warning', '`timezone`']]],
    ['notificationConnections', { notificationConnections: [{ name: 'slack', kind: 'slack' }] }, [['notificationConnections', 'warning', 'v1.8']]],
  ]);
});
