import fc from 'fast-check';
import * as z from 'zod';
import { CHART_VERSIONS } from '../schema/chart-versions';
import { chartDefaults, existsIn } from '../schema/defaults';
import { DEFAULT_AFFINITY } from '../schema/keys/scheduling';
import type { FieldMeta } from '../schema/meta';
import { valuesSchema } from '../schema/values-schema';
import { isField, walkSchema, type ZodNode } from '../schema/walk';
import { FORBIDDEN_KEYS, setPath, type Values } from '../shared/values';

/**
 * fast-check arbitraries for random *valid* form values, derived from the
 * schema's fields: each field gets values that fit its widget and pass its
 * own zod schema, with strings chosen to break serializers and parsers
 * (dots, commas, quotes, `$`, newlines, YAML 1.1 words such as yes/on,
 * octal-looking numbers such as 0755, "600", merge keys, anchors, tags).
 */

/** Strings that YAML, Helm's --set, shells and URL codecs treat specially. */
const NASTY_STRINGS: readonly string[] = [
  'a.b',
  'a.b.c',
  'a,b',
  'a,b,c',
  'a=b',
  '{a,b}',
  '[x]',
  '[0]',
  'a[0]',
  "it's",
  '"quoted"',
  "'single'",
  '\\',
  'back\\slash',
  'a\\,b',
  'a\\.b',
  '$HOME',
  '${X}',
  '$(id)',
  '`id`',
  'line1\nline2',
  'trailing\n',
  '\ttab',
  ' leading',
  'trailing ',
  '  ',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'Yes',
  'ON',
  'true',
  'False',
  'null',
  'Null',
  '~',
  '0755',
  '0600',
  '600',
  '"600"',
  '0x1F',
  '0o17',
  '1e3',
  '1_000',
  '1.0',
  '-1',
  '+1',
  '.5',
  '.inf',
  '-.inf',
  '.nan',
  '12:30',
  '2001-12-14',
  '2.15.1',
  '2.10',
  '#not a comment',
  'a #b',
  'key: value',
  '- item',
  '? q',
  '*alias',
  '&anchor',
  '!tag',
  '!!str',
  '%TAG',
  '@at',
  '|',
  '>',
  '<<',
  '---',
  '...',
  'é',
  'naïve',
  '日本語',
  '🙂',
  'a/b',
  'https://x.example.com/a?b=c&d=e',
  '{"json": true}',
  'a: b, c: d',
  'x'.repeat(120),
];

/** Values for text fields with a format (names, hosts, quantities, time zones, paths): kept when the field accepts them. */
const FORMATTED_CANDIDATES: readonly string[] = [
  'polyaxon',
  'agent-1',
  'a',
  'z9',
  'polyaxon.acme.com',
  'my-secret',
  'a.b-c',
  'nginx',
  'default',
  '500m',
  '2Gi',
  '128Mi',
  '1',
  '0.5',
  '600',
  '0755',
  '1e3',
  '2',
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  '/',
  '/api',
  '/tmp/x',
  'http://proxy.local:3128',
  'https://cloud.polyaxon.com',
  'localhost',
  'cloud.polyaxon.com',
  'cluster.local',
  'kube-dns.other-kube-system',
  'polyaxon/polyaxon-agent',
  '2.15.1',
  'latest',
  '2.10',
  'polyaxon-core',
  'kubernetes.io/hostname',
  'example.com/gpu',
  'dedicated',
  '10.0.0.0/8,.svc',
  'info',
  'debug',
  'production',
  'acme.agents.0f1e-42',
  'a,b.agents.$X',
  "it's.agents.{x,y}",
  'yes.agents.0755',
];

const KEY_CANDIDATES: readonly string[] = [
  'app',
  'team',
  'app.kubernetes.io/name',
  'nginx.ingress.kubernetes.io/proxy-body-size',
  'a.b',
  'a,b',
  'x=y',
  'with space',
  'yes',
  'on',
  'no',
  '0755',
  '600',
  '1',
  'true',
  'null',
  '"q"',
  "it's",
  '$HOME',
  '<<',
  '[0]',
  'a[0]',
  '*',
  '&a',
  '!t',
  '#',
  'é',
  '-',
  '?',
];

/** Fields the import migrates on purpose (legacy spellings the schema still describes), left out of round trips. */
export const MIGRATED_FIELDS: ReadonlySet<string> = new Set(['securityContext.user', 'securityContext.group', 'api']);

/**
 * U+FFFD is what decoding non-UTF-8 bytes leaves behind, and the import
 * refuses text holding it (see core/import/input-guard), so generated text
 * never contains it.
 */
function isImportableText(s: string): boolean {
  return !s.includes('\uFFFD');
}

const nastyString: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...NASTY_STRINGS), { minLength: 2, maxLength: 3 }).map((parts) => parts.join('')) },
  )
  .filter(isImportableText);

const mapKey: fc.Arbitrary<string> = fc
  .oneof({ weight: 4, arbitrary: fc.constantFrom(...KEY_CANDIDATES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) })
  .filter((k) => k !== '' && !FORBIDDEN_KEYS.has(k) && isImportableText(k));

function accepts(schema: z.ZodType, value: unknown): boolean {
  return schema.safeParse(value).success;
}

/** Strings a string schema accepts: anything nasty when it has no format, else the format candidates that pass. */
function stringsFor(schema: z.ZodType): fc.Arbitrary<string> | undefined {
  const free = ['x y', 'a,b', '"q"', 'line1\nline2', '$HOME'].every((s) => accepts(schema, s));
  if (free) return nastyString.filter((s) => accepts(schema, s));
  const ok = [...FORMATTED_CANDIDATES, ...NASTY_STRINGS].filter((s) => accepts(schema, s));
  return ok.length > 0 ? fc.constantFrom(...ok) : undefined;
}

function innerOf(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

const integerArb = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constantFrom(1, 80, 443, 2222, 8000, 0, 600, 755));

const tolerationArb = fc.oneof(
  fc.record(
    {
      key: fc.constantFrom('dedicated', 'example.com/gpu', 'node.kubernetes.io/unreachable'),
      operator: fc.constant('Equal'),
      value: nastyString,
      effect: fc.constantFrom('NoSchedule', 'PreferNoSchedule'),
    },
    { requiredKeys: ['key', 'operator'] },
  ),
  fc.record({ operator: fc.constant('Exists'), effect: fc.constant('NoExecute'), tolerationSeconds: fc.integer({ min: 0, max: 3600 }) }, { requiredKeys: ['operator'] }),
);

const affinityArb = fc.oneof(
  fc.constant(DEFAULT_AFFINITY),
  fc.record({
    nodeAffinity: fc.record({
      requiredDuringSchedulingIgnoredDuringExecution: fc.record({
        nodeSelectorTerms: fc.array(
          fc.record({
            matchExpressions: fc.array(fc.record({ key: fc.constantFrom('pool', 'a.b/c'), operator: fc.constant('In'), values: fc.array(nastyString, { minLength: 1, maxLength: 3 }) }), {
              minLength: 1,
              maxLength: 2,
            }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
    }),
  }),
);

const secretRef = fc.record(
  {
    name: fc.constantFrom('my-secret', 'ssh-secret', 'a.b'),
    mountPath: fc.constantFrom('/etc/x', '/plx-context/.gc'),
    defaultMode: fc.constantFrom('0600', '0644', '600'),
    items: fc.array(nastyString, { maxLength: 2 }),
  },
  { requiredKeys: ['name'] },
);

const kindAndSchema = fc.oneof(
  fc.record({ kind: fc.constant('s3'), schema: fc.record({ bucket: fc.constantFrom('s3://bucket', 's3://b/path,with,commas') }) }),
  fc.record({ kind: fc.constant('gcs'), schema: fc.record({ bucket: fc.constant('gs://bucket') }) }),
  fc.record({
    kind: fc.constant('host_path'),
    schema: fc.record({ hostPath: fc.constant('/tmp/store'), mountPath: fc.constant('/data'), readOnly: fc.boolean() }, { requiredKeys: ['hostPath', 'mountPath'] }),
  }),
  fc.record({
    kind: fc.constant('volume_claim'),
    schema: fc.record({ volumeClaim: fc.constant('pvc-1'), mountPath: fc.constant('/data'), subPath: nastyString }, { requiredKeys: ['volumeClaim', 'mountPath'] }),
  }),
  fc.record({
    kind: fc.constant('git'),
    schema: fc.record({ url: fc.constant('https://github.com/org/repo'), revision: nastyString, flags: fc.array(nastyString, { maxLength: 2 }) }, { requiredKeys: ['url'] }),
  }),
  fc.record({ kind: fc.constantFrom('slack', 'webhook') }),
  fc.record({ kind: fc.constant('custom'), schema: fc.dictionary(mapKey, nastyString, { maxKeys: 3 }) }),
);

const connectionArb = fc
  .tuple(
    fc.constantFrom('ds-1', 'store', 'repo', 'a1', 'notify'),
    kindAndSchema,
    fc.record(
      {
        description: nastyString,
        tags: fc.array(nastyString, { maxLength: 3 }),
        secret: secretRef,
        configMap: secretRef,
        env: fc.array(fc.record({ name: fc.constantFrom('A', 'B_C'), value: nastyString }), { maxLength: 2 }),
        annotations: fc.dictionary(mapKey, nastyString, { maxKeys: 2 }),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([name, ks, extra]) => ({ name, ...ks, ...extra }) as Values);

function listOf(item: fc.Arbitrary<unknown>, schema: z.ZodType, maxLength = 3): fc.Arbitrary<unknown> {
  return fc.array(item, { minLength: 1, maxLength }).filter((v) => accepts(schema, v));
}

/** Rows of a list of objects, by what one row is (the schema's rows noun). */
function objectListArbitrary(noun: string | undefined, schema: z.ZodType): fc.Arbitrary<unknown> | undefined {
  switch (noun) {
    case 'toleration':
      return listOf(tolerationArb, schema);
    case 'TLS entry':
      return listOf(
        fc.record({ secretName: fc.constantFrom('polyaxon-tls', 'a.b-tls'), hosts: fc.array(fc.constantFrom('polyaxon.acme.com', 'x.example.com'), { minLength: 1, maxLength: 2 }) }),
        schema,
        2,
      );
    case 'extra path':
      return listOf(
        fc.record({
          path: fc.constantFrom('/*', '/api'),
          backend: fc.record({ service: fc.record({ name: fc.constantFrom('ssl-redirect', 'svc'), port: fc.oneof(fc.constant('use-annotation'), fc.integer({ min: 1, max: 65535 })) }) }),
        }),
        schema,
        2,
      );
    default:
      return undefined;
  }
}

/** An arbitrary of valid values for one field, or undefined when none could be made. */
/** A field with its zod type. */
export type ZodFieldNode = ZodNode<FieldMeta>;

/** Every field of the values schema with its zod type, in schema order. */
export function zodFields(): readonly ZodFieldNode[] {
  return walkSchema(valuesSchema).filter(isField);
}

export function fieldValueArbitrary(field: ZodFieldNode): fc.Arbitrary<unknown> | undefined {
  const schema = field.schema;
  const meta = field.meta;
  const inner = innerOf(schema);
  switch (meta.widget) {
    case 'text':
    case 'secret':
      return stringsFor(inner);
    case 'number':
      return integerArb.filter((n) => accepts(schema, n));
    case 'switch':
      return fc.boolean();
    case 'select': {
      const options = meta.options ?? [];
      return options.length > 0 ? fc.constantFrom(...options).filter((o) => accepts(schema, o)) : fc.boolean();
    }
    case 'keyValue':
      return fc.dictionary(mapKey, nastyString, { minKeys: 1, maxKeys: 4 }).filter((v) => accepts(schema, v));
    case 'stringList': {
      const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : z.string();
      const item = stringsFor(element);
      return item ? listOf(item, schema, 4) : undefined;
    }
    case 'yaml':
      return affinityArb.filter((v) => accepts(schema, v));
    case 'objectList':
      return objectListArbitrary(meta.rows?.noun, schema);
    case 'connection':
      return connectionArb.filter((v) => accepts(schema, v));
    case 'connectionList':
      return fc.uniqueArray(connectionArb, { selector: (c) => c.name, minLength: 1, maxLength: 3 }).filter((v) => accepts(schema, v));
  }
}

const arbitraryCache = new Map<string, fc.Arbitrary<unknown> | undefined>();

function cachedFieldArbitrary(field: ZodFieldNode): fc.Arbitrary<unknown> | undefined {
  if (!arbitraryCache.has(field.id)) arbitraryCache.set(field.id, fieldValueArbitrary(field));
  return arbitraryCache.get(field.id);
}

const KEEP = Symbol('keep');
const UNSET = Symbol('unset');

export interface RandomForm {
  readonly version: string;
  /** Full form values: the release's defaults with random fields changed or unset. */
  readonly form: Values;
}

/** Keys no release of the chart reads, kept by every step (they go last in the output). */
const unknownKeys = fc.dictionary(
  fc.constantFrom('extraConfig', 'x-custom', 'my.key', 'legacyThing'),
  fc.oneof(nastyString, fc.integer(), fc.boolean(), fc.dictionary(mapKey, nastyString, { maxKeys: 2 })),
  { maxKeys: 2 },
);

/** Random valid form values for a random chart release (see {@link RandomForm}). */
export function arbitraryForm(options: { unknownKeys?: boolean } = {}): fc.Arbitrary<RandomForm> {
  return fc.constantFrom(...CHART_VERSIONS).chain((version) => {
    const fields = zodFields().filter((f) => existsIn(f.meta, version) && !MIGRATED_FIELDS.has(f.id));
    const choices = fields.map((f) => {
      const value = cachedFieldArbitrary(f);
      return value
        ? fc.oneof({ weight: 12, arbitrary: fc.constant<unknown>(KEEP) }, { weight: 3, arbitrary: value }, { weight: 1, arbitrary: fc.constant<unknown>(UNSET) })
        : fc.constant<unknown>(KEEP);
    });
    return fc.tuple(fc.tuple(...choices), options.unknownKeys ? unknownKeys : fc.constant({})).map(([picked, extra]) => {
      const form = chartDefaults(version);
      picked.forEach((choice, i) => {
        if (choice === KEEP) return;
        setPath(form, (fields[i] as ZodFieldNode).path, choice === UNSET ? undefined : structuredClone(choice));
      });
      return { version, form: { ...form, ...extra } };
    });
  });
}
