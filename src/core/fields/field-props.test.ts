import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { allFields } from '../../schema/defaults';
import { byVersion, type FieldMeta } from '../../schema/meta';
import type { FieldNode } from '../../schema/walk';
import { fieldProps, REFERENCE_URL, type FieldProps } from './field-props';
import { isRequired } from './schema-facts';

/** A field node outside the values schema, for cases whose keys the schema may not have yet. */
function fake(id: string, meta: Omit<FieldMeta, 'kind'>, schema: z.ZodType = z.string()): FieldNode {
  return { id, path: id.split('.'), schema, meta: { ...meta, kind: 'field' } };
}

function real(id: string): FieldNode {
  const node = allFields().find((f) => f.id === id);
  if (!node) throw new Error(`The schema has no field ${id}`);
  return node;
}

const timezone = fake('timezone', {
  label: 'Time zone',
  description: 'The timezone to use.',
  docsAnchor: 'time-zone',
  widget: 'text',
  default: 'UTC',
  docs: { key: 'timeZone', note: 'Helm ignores `timeZone` and the CLI rejects it.' },
});

const runAsUser = fake(
  'securityContext.runAsUser',
  {
    label: 'Run as user (UID)',
    description: 'security context UID',
    docsAnchor: 'security-context',
    widget: 'number',
    default: 2222,
    docs: { key: 'user', note: 'The legacy `user` key changes only the pod UID.' },
  },
  z.number().int(),
);

const token = fake('agent.token', {
  label: 'Agent token',
  description: 'The agent token.',
  docsAnchor: 'agent-configuration',
  widget: 'secret',
  secret: true,
});

const ingressPath = fake('ingress.path', {
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

const resources = fake(
  'gatewayFake.resources',
  {
    label: 'Resources',
    description: 'Container resources.',
    docsAnchor: 'gateway',
    widget: 'yaml',
    default: { limits: { cpu: '6000m', memory: '8000Mi' } },
  },
  z.record(z.string(), z.unknown()),
);

type Case = [name: string, node: () => FieldNode, version: string, expected: Partial<FieldProps>, absent?: (keyof FieldProps)[]];

const cases: Case[] = [
  [
    'timezone: the page calls it timeZone',
    () => timezone,
    '2.15.1',
    {
      name: 'timezone',
      label: 'Time zone',
      defaultText: '"UTC"',
      docsUrl: `${REFERENCE_URL}#time-zone`,
      docsNote:
        'The reference page calls this `timeZone`; the chart reads `timezone`, and the builder writes `timezone`. Helm ignores `timeZone` and the CLI rejects it.',
      secret: false,
      required: false,
    },
    ['cliNote', 'options', 'warning'],
  ],
  [
    'ingress.enabled: the page claims a default of true',
    () => real('ingress.enabled'),
    '2.15.1',
    {
      name: 'ingress.enabled',
      widget: 'switch',
      defaultText: 'false',
      docsUrl: `${REFERENCE_URL}#ingress-and-gateway-service`,
      required: false,
    },
    ['cliNote', 'options', 'placeholder'],
  ],
  [
    'securityContext.runAsUser: the page calls it user',
    () => runAsUser,
    '2.15.1',
    {
      defaultText: '2222',
      docsNote:
        'The reference page calls this `user`; the chart reads `runAsUser`, and the builder writes `runAsUser`. The legacy `user` key changes only the pod UID.',
    },
  ],
  ['agent.token is a secret with no default', () => token, '2.15.1', { secret: true, widget: 'secret', defaultText: 'unset' }, ['docsNote']],
  [
    'ingress.path falls back to /',
    () => ingressPath,
    '2.15.1',
    { defaultText: 'unset (the chart uses / when empty)', placeholder: '/' },
    ['docsNote', 'warning'],
  ],
  ['a key missing from an older release', () => tmuxImage, '2.14.1', { defaultText: 'not in chart 2.14.1' }],
  [
    'a Helm-only key',
    () => tmuxImage,
    '2.15.1',
    { defaultText: '"polyaxon/polyaxon-tmux"', cliNote: 'Not accepted by the Polyaxon CLI (polyaxon admin deploy): Helm-only' },
  ],
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
];

describe('fieldProps', () => {
  test.each(cases)('%s', (_name, node, version, expected, absent = []) => {
    const props = fieldProps(node(), version);
    expect(props).toMatchObject(expected);
    for (const key of absent) expect(props[key], key).toBeUndefined();
  });

  test('ingress.enabled says the page default is wrong and which default the chart has', () => {
    const note = fieldProps(real('ingress.enabled'), '2.15.1').docsNote ?? '';
    expect(note).toContain("The reference page says the default is true; the chart's default is false.");
  });

  test('options come from the z.enum of a select', () => {
    const props = fieldProps(real('ingress.pathType'), '2.15.1');
    expect(props.options).toEqual(['Prefix', 'Exact', 'ImplementationSpecific']);
    const bare = fake('x.kind', { label: 'Kind', description: '', docsAnchor: 'a', widget: 'select' }, z.enum(['a', 'b']));
    expect(fieldProps(bare, '2.15.1').options).toEqual(['a', 'b']);
  });

  test('required follows the zod schema', () => {
    const root = z.object({ g: z.object({ must: z.string(), may: z.string().optional() }).optional() });
    const field = (key: string) => fake(`g.${key}`, { label: key, description: '', docsAnchor: 'a', widget: 'text' });
    expect(isRequired(field('must'), root)).toBe(true);
    expect(isRequired(field('may'), root)).toBe(false);
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
