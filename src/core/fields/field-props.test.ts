import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { allFields } from '../../schema/defaults';
import { describeNodes } from '../../schema/describe-nodes';
import { byVersion, schemaMeta, type FieldMeta } from '../../schema/meta';
import { isField, type FieldNode } from '../../schema/node';
import { fieldProps, REFERENCE_URL, type FieldProps } from './field-props';
import { isRequired } from './schema-facts';

/** A field node outside the values schema (ids must differ from real ones: props are memoized per id). */
function fake(id: string, meta: Omit<FieldMeta, 'kind'>): FieldNode {
  return { id, path: id.split('.'), meta: { ...meta, kind: 'field' } };
}

/** The field nodes of a small zod schema `{ <group>: { ...fields } }` whose leaves carry `meta`. */
function fakeFields(group: string, fields: Record<string, { schema: z.ZodType; meta: Omit<FieldMeta, 'kind'>; optional?: boolean }>): FieldNode[] {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, f] of Object.entries(fields)) {
    schemaMeta.add(f.schema, { ...f.meta, kind: 'field' });
    shape[key] = f.optional === false ? f.schema : f.schema.optional();
  }
  const inner = z.object(shape);
  schemaMeta.add(inner, { kind: 'group', label: group, description: '', docsAnchor: 'a' });
  return describeNodes(z.object({ [group]: inner.optional() })).filter(isField);
}

function real(id: string): FieldNode {
  const node = allFields().find((f) => f.id === id);
  if (!node) throw new Error(`The schema has no field ${id}`);
  return node;
}

const timezone = fake('synthetic.timezone', {
  label: 'Time zone',
  description: 'The timezone to use.',
  docsAnchor: 'time-zone',
  widget: 'text',
  default: 'UTC',
  docs: { key: 'timeZone', note: 'Helm ignores `timeZone` and the CLI rejects it.' },
});

const runAsUser = fake('synthetic.securityContext.runAsUser', {
  label: 'Run as user (UID)',
  description: 'security context UID',
  docsAnchor: 'security-context',
  widget: 'number',
  default: 2222,
  docs: { key: 'user', note: 'The legacy `user` key changes only the pod UID.' },
});

const token = fake('synthetic.agent.token', {
  label: 'Agent token',
  description: 'The agent token.',
  docsAnchor: 'agent-configuration',
  widget: 'secret',
  secret: true,
});

const ingressPath = fake('synthetic.ingress.path', {
  label: 'Path',
  description: 'Kubernetes ingress path.',
  docsAnchor: 'ingress-and-gateway-service',
  widget: 'text',
  default: null,
  fallback: '/',
  placeholder: '/',
});

const tmuxImage = fake('tmuxFake.image', {
  label: 'Image',
  description: 'tmux image',
  docsAnchor: 'tmux',
  widget: 'text',
  since: '2.15.0',
  default: byVersion([['2.15.0', 'polyaxon/polyaxon-tmux']]),
  cli: 'rejected',
});

const deploymentVersion = fake('deploymentVersionFake', {
  label: 'Deployment version',
  description: 'The deployment version to use.',
  docsAnchor: 'deploymentversion',
  widget: 'text',
  readBy: 'cli',
  docs: { default: 'latest', note: 'Only the CLI reads it.' },
});

const resources = fake('gatewayFake.resources', {
  label: 'Resources',
  description: 'Container resources.',
  docsAnchor: 'gateway',
  widget: 'yaml',
  default: { limits: { cpu: '6000m', memory: '8000Mi' } },
});

type Case = [name: string, node: () => FieldNode, version: string, expected: Partial<FieldProps>, absent?: (keyof FieldProps)[]];

const cases: Case[] = [
  [
    'timezone: the page calls it timeZone',
    () => real('timezone'),
    '2.15.1',
    {
      name: 'timezone',
      defaultText: '"UTC"',
      docsUrl: `${REFERENCE_URL}#time-zone`,
      secret: false,
      required: false,
    },
    ['cliNote', 'options', 'warning'],
  ],
  [
    'ingress.enabled: the page claims a default of true',
    () => real('ingress.enabled'),
    '2.15.1',
    { name: 'ingress.enabled', widget: 'switch', defaultText: 'false', docsUrl: `${REFERENCE_URL}#ingress-and-gateway-service`, required: false },
    ['cliNote', 'options', 'placeholder'],
  ],
  ['securityContext.runAsUser', () => real('securityContext.runAsUser'), '2.15.1', { defaultText: '2222', widget: 'number' }, ['cliNote']],
  [
    'securityContext.user: the legacy key the CLI rejects',
    () => real('securityContext.user'),
    '2.15.1',
    { defaultText: 'unset', cliNote: 'Not accepted by the Polyaxon CLI (polyaxon admin deploy): Helm-only' },
  ],
  ['agent.token is a secret', () => real('agent.token'), '2.15.1', { secret: true, widget: 'secret' }, ['docsNote', 'cliNote']],
  ['ingress.path falls back to /', () => real('ingress.path'), '2.15.1', { defaultText: 'unset (the chart uses / when empty)', placeholder: '/' }, ['docsNote']],
  ['ingress.pathType falls back to Prefix', () => real('ingress.pathType'), '2.15.1', { defaultText: 'unset (the chart uses Prefix when empty)' }],
  ['gateway.imageTag defaults to the release itself', () => real('gateway.imageTag'), '2.9.4', { defaultText: '"2.9.4"' }],
  ['namespace is read by the CLI only', () => real('namespace'), '2.15.1', { defaultText: '"polyaxon"', cliNote: 'Only read by the Polyaxon CLI; the chart ignores it' }],
  ['operators.paddlejob is not in 2.15.1', () => real('operators.paddlejob'), '2.15.1', { defaultText: 'not in chart 2.15.1' }],
  ['operators.paddlejob in 2.10.0', () => real('operators.paddlejob'), '2.10.0', { defaultText: 'false' }],
  ['gateway.hpa.enabled carries the chart-defect warning', () => real('gateway.hpa.enabled'), '2.15.1', { warning: expect.stringContaining('does not exist') as unknown as string }],
  [
    'a renamed key whose note does not name the keys gets the full sentence',
    () => timezone,
    '2.15.1',
    {
      defaultText: '"UTC"',
      docsNote: 'The reference page calls this `timeZone`; the chart reads `timezone`, and the builder writes `timezone`. Helm ignores `timeZone` and the CLI rejects it.',
    },
  ],
  [
    'a bare page key is compared with the last path segment',
    () => runAsUser,
    '2.15.1',
    {
      docsNote: 'The reference page calls this `user`; the chart reads `runAsUser`, and the builder writes `runAsUser`. The legacy `user` key changes only the pod UID.',
    },
  ],
  ['a key missing from an older release', () => tmuxImage, '2.14.1', { defaultText: 'not in chart 2.14.1' }],
  ['a Helm-only key', () => tmuxImage, '2.15.1', { defaultText: '"polyaxon/polyaxon-tmux"', cliNote: 'Not accepted by the Polyaxon CLI (polyaxon admin deploy): Helm-only' }],
  [
    'a CLI-only key whose page default the chart does not have',
    () => deploymentVersion,
    '2.15.1',
    {
      defaultText: 'unset',
      cliNote: 'Only read by the Polyaxon CLI; the chart ignores it',
      docsNote: "The reference page says the default is latest; the chart's values.yaml does not set it. Only the CLI reads it.",
    },
  ],
  ['a map default is short YAML', () => resources, '2.15.1', { defaultText: 'limits:\n  cpu: 6000m\n  memory: 8000Mi' }],
  ['a secret with no default', () => token, '2.15.1', { secret: true, defaultText: 'unset' }],
  ['a fallback on a synthetic field', () => ingressPath, '2.15.1', { defaultText: 'unset (the chart uses / when empty)' }],
];

describe('fieldProps', () => {
  test.each(cases)('%s', (_name, node, version, expected, absent = []) => {
    const props = fieldProps(node(), version);
    expect(props).toMatchObject(expected);
    for (const key of absent) expect(props[key], key).toBeUndefined();
  });

  test('ingress.enabled says the page default is wrong and which default the chart has', () => {
    const note = fieldProps(real('ingress.enabled'), '2.15.1').docsNote ?? '';
    expect(note).toMatch(/^The reference page says the default is true\. The chart[’']s default is false/);
  });

  test('renamed keys say which key the chart reads and that the builder writes it', () => {
    for (const [id, page, ours] of [
      ['timezone', 'timeZone', 'timezone'],
      ['securityContext.runAsUser', 'user', 'runAsUser'],
      ['securityContext.runAsGroup', 'group', 'runAsGroup'],
      ['gateway.service.annotations', 'api.service.annotations', 'gateway.service.annotations'],
    ] as const) {
      const note = fieldProps(real(id), '2.15.1').docsNote ?? '';
      expect(note, id).toContain(page);
      expect(note, id).toMatch(new RegExp(`reads \\\`?${ours.replace(/\./g, '\\.')}`));
      expect(note, id).toContain(`The builder writes \`${ours}\`.`);
    }
  });

  test('a page default the note does not open with is stated against the chart default', () => {
    const note = fieldProps(real('auth.useResolver'), '2.15.1').docsNote ?? '';
    expect(note).toMatch(/^The reference page says the default is true; the chart's values\.yaml does not set it\. /);
  });

  test('options come from the z.enum of a select', () => {
    const props = fieldProps(real('ingress.pathType'), '2.15.1');
    expect(props.options).toEqual(['Prefix', 'Exact', 'ImplementationSpecific']);
    const [bare] = fakeFields('enumFake', { kind: { schema: z.enum(['a', 'b']), meta: { label: 'Kind', description: '', docsAnchor: 'a', widget: 'select' } } });
    expect(bare && fieldProps(bare, '2.15.1').options).toEqual(['a', 'b']);
  });

  test('required follows the zod schema', () => {
    const meta = (label: string) => ({ label, description: '', docsAnchor: 'a', widget: 'text' as const });
    const [must, may] = fakeFields('requiredFake', { must: { schema: z.string(), meta: meta('must'), optional: false }, may: { schema: z.string(), meta: meta('may') } });
    expect(must && isRequired(must)).toBe(true);
    expect(may && isRequired(may)).toBe(false);
    expect(fieldProps(real('ingress.hostName'), '2.15.1').required).toBe(false);
  });

  test('memoized per field and release', () => {
    const node = real('ingress.hostName');
    expect(fieldProps(node, '2.15.1')).toBe(fieldProps(node, '2.15.1'));
    expect(fieldProps(node, '2.15.1')).not.toBe(fieldProps(node, '2.0.0'));
  });

  test('every schema field renders for every release without throwing, with a docs URL', () => {
    for (const node of allFields()) {
      for (const version of ['2.0.0', '2.15.1']) {
        const props = fieldProps(node, version);
        expect(props.docsUrl.startsWith(REFERENCE_URL)).toBe(true);
        expect(props.defaultText.length).toBeGreaterThan(0);
      }
    }
  });
});
