import fc from 'fast-check';
import * as z from 'zod';
import { CHART_VERSIONS } from '../../src/schema/chart-versions';
import { chartDefaults } from '../../src/schema/defaults';
import { ARTIFACT_STORE_KINDS, CONNECTION_KIND_NAMES, type ConnectionKind } from '../../src/schema/keys/connection';
import { DNS1123_LABEL, DNS1123_SUBDOMAIN, LABEL_KEY } from '../../src/schema/patterns';
import type { FieldMeta } from '../../src/schema/meta';
import { isField, walkSchema, type ZodNode } from '../../src/schema/walk';
import { valuesSchema } from '../../src/schema/values-schema';
import { effectiveCli, existsWithAncestors } from '../../src/core/fields/node-index';
import { getPath, isEmptyValue, isPlainMap, setPath, type Values } from '../../src/shared/values';

/** A field with its zod type. */
type FieldNode = ZodNode<FieldMeta>;

/**
 * Random form values over the schema's fields, for the interop suite. Each
 * field of the chosen release is kept at its default, set to a random valid
 * value (per its zod schema, with tricky strings on purpose), or emptied.
 *
 * Profiles: `helm` may touch every field; `cli` leaves alone the keys the
 * Polyaxon CLI rejects (and keeps deploymentChart: agent), so that most
 * configs are meant to pass `polyaxon admin deploy -f`.
 */
export type Profile = 'helm' | 'cli';

export interface RandomConfig {
  version: string;
  /** The full form values: chart defaults with the random changes applied. */
  form: Values;
  /** What was done to each touched field: `set` or `emptied`. */
  touched: Record<string, 'set' | 'emptied'>;
}

/**
 * Strings that break naive YAML or shell handling: YAML 1.1 booleans, octal
 * and numeric look-alikes, quotes, `$`, backticks, commas (a `--set`
 * separator), dots and brackets (--set key syntax), `#`, `: `, leading and
 * trailing spaces, newlines, backslashes, unicode.
 */
const TRICKY_STRINGS: readonly string[] = [
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'true',
  'False',
  'null',
  '~',
  '0755',
  '0600',
  '600',
  '80',
  '1e3',
  '0x1f',
  '-1',
  '+1',
  '2.15',
  '1_000',
  '.5',
  '.inf',
  '12:30:00',
  '2001-12-14',
  '=',
  '<<',
  'a: b',
  'x #y',
  '#comment',
  '- item',
  '? q',
  '& anchor',
  '* alias',
  '!tag',
  '%pct',
  '@at',
  '`cmd`',
  '$HOME',
  '${VAR}',
  '$(id)',
  "it's",
  'say "hi"',
  "'single'",
  '"double"',
  'a,b',
  'a\\,b',
  'back\\slash',
  'dot.ted',
  'sla/sh',
  'br[0]',
  '{curly}',
  '[square]',
  ' lead',
  'trail ',
  'two  spaces',
  'line1\nline2',
  'line1\n\nline3\n',
  'tab\there',
  'é ü 漢字 🚀',
  'EOF',
  "'EOF'",
  'plain-value',
  'Value With Spaces',
];

const TRICKY_KEYS: readonly string[] = [
  'example.com/team',
  'nginx.ingress.kubernetes.io/proxy-body-size',
  'app.kubernetes.io/part-of',
  'a.b.c/d_e-f',
  'gpu',
  'dedicated',
  'sidecar.istio.io/inject',
  'kubernetes.io/tls-acme',
  'x',
  'A_b.c-D',
  '9n',
  'prometheus.io/port',
];

const boundedString = (maxLength: number) =>
  fc
    .oneof(
      { arbitrary: fc.constantFrom(...TRICKY_STRINGS), weight: 3 },
      { arbitrary: fc.string({ minLength: 1, maxLength: Math.min(maxLength, 16) }), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: Math.min(maxLength, 8) }), weight: 1 },
    )
    .filter((s) => s.length <= maxLength && !s.includes('\u0000') && s.trim() !== '');

const dnsLabel = fc.stringMatching(DNS1123_LABEL, { size: 'xsmall' }).filter((s) => s.length <= 63);
const dnsSubdomain = fc.stringMatching(DNS1123_SUBDOMAIN, { size: 'xsmall' }).filter((s) => s.length <= 253);
const labelKey = fc.oneof({ arbitrary: fc.constantFrom(...TRICKY_KEYS), weight: 3 }, { arbitrary: fc.stringMatching(LABEL_KEY, { size: 'xsmall' }), weight: 1 });
const mapValue = fc.oneof({ arbitrary: fc.constantFrom(...TRICKY_STRINGS), weight: 3 }, { arbitrary: fc.string({ maxLength: 10 }), weight: 1 });
const absolutePath = fc.constantFrom('/data', '/artifacts store', '/plx-context/.gc', '/mnt/a,b', '/tmp/$x', '/0755');

type Checks = Array<{ check: string; pattern?: RegExp; maximum?: number; minimum?: number; value?: number | bigint; inclusive?: boolean; format?: string }>;

function checksOf(schema: z.ZodType): Checks {
  const raw = (schema._zod.def as { checks?: Array<{ _zod: { def: unknown } }> }).checks ?? [];
  return raw.map((c) => c._zod.def as Checks[number]);
}

function stringArb(schema: z.ZodString): fc.Arbitrary<string> {
  const checks = checksOf(schema);
  const patterns = checks.filter((c) => c.check === 'string_format' && c.pattern).map((c) => c.pattern as RegExp);
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 200;
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  if (patterns.length > 0) {
    const [first, ...rest] = patterns as [RegExp, ...RegExp[]];
    const base = first.source === DNS1123_LABEL.source ? dnsLabel : first.source === DNS1123_SUBDOMAIN.source ? dnsSubdomain : fc.stringMatching(first, { size: 'xsmall' });
    return base.filter((s) => s.length <= max && s.length >= Math.max(min, 1) && rest.every((p) => p.test(s)));
  }
  return boundedString(max).filter((s) => s.length >= min);
}

function numberArb(schema: z.ZodNumber): fc.Arbitrary<number> {
  let min = 0;
  let max = 100_000;
  for (const c of checksOf(schema)) {
    if (c.check === 'greater_than' && typeof c.value === 'number') min = Math.max(min, c.inclusive === false ? c.value + 1 : c.value);
    if (c.check === 'less_than' && typeof c.value === 'number') max = Math.min(max, c.inclusive === false ? c.value - 1 : c.value);
  }
  if (min > max) max = min;
  return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max), fc.integer({ min, max: Math.min(max, min + 1000) }));
}

/** A generic arbitrary for a zod type (objects, arrays, records, scalars); undefined when unsupported. */
function zodArb(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> | undefined {
  if (depth > 6) return undefined;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return zodArb(schema.unwrap() as z.ZodType, depth);
  if (schema instanceof z.ZodString) return stringArb(schema);
  if (schema instanceof z.ZodNumber) return numberArb(schema);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...(schema.options as readonly (string | number)[]));
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...(schema._zod.def.values as unknown[]));
  if (schema instanceof z.ZodRecord) {
    const value = schema._zod.def.valueType instanceof z.ZodString ? mapValue : fc.constantFrom('v', 'yes', '600');
    return fc.dictionary(labelKey, value, { minKeys: 1, maxKeys: 3 });
  }
  if (schema instanceof z.ZodArray) {
    const element = zodArb(schema._zod.def.element as z.ZodType, depth + 1);
    return element ? fc.array(element, { minLength: 1, maxLength: 3 }) : undefined;
  }
  if (schema instanceof z.ZodUnion) {
    const options = (schema._zod.def.options as z.ZodType[]).map((o) => zodArb(o, depth + 1)).filter((a) => a !== undefined);
    return options.length > 0 ? fc.oneof(...options) : undefined;
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const entries: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const [k, child] of Object.entries(shape)) {
      const a = zodArb(child, depth + 1);
      if (!a) {
        if (!(child instanceof z.ZodOptional)) return undefined;
        continue;
      }
      entries[k] = a;
      if (!(child instanceof z.ZodOptional)) required.push(k);
    }
    return fc.record(entries, { requiredKeys: required });
  }
  return undefined;
}

const toleration = fc.oneof(
  fc.record({ key: labelKey, operator: fc.constant('Equal'), value: mapValue, effect: fc.constantFrom('NoSchedule', 'PreferNoSchedule') }),
  fc.record({ key: labelKey, operator: fc.constant('Exists'), effect: fc.constant('NoExecute'), tolerationSeconds: fc.integer({ min: 0, max: 3600 }) }),
  fc.record({ operator: fc.constant('Exists') }),
  fc.record({ key: labelKey, operator: fc.constant('Equal'), value: fc.constantFrom('600', 'yes', 'true', '') }, { requiredKeys: ['key', 'operator'] }),
);

const selectorValues = fc.array(fc.constantFrom('a', 'yes', '0755', 'x,y', 'polyaxon-core'), { minLength: 1, maxLength: 2 });
const labelSelector = fc.oneof(
  fc.record({ matchLabels: fc.dictionary(labelKey, mapValue, { minKeys: 1, maxKeys: 2 }) }),
  fc.record({ matchExpressions: fc.array(fc.record({ key: labelKey, operator: fc.constantFrom('In', 'NotIn'), values: selectorValues }), { minLength: 1, maxLength: 2 }) }),
);
const podAffinityTerm = fc.record({ labelSelector, topologyKey: fc.constantFrom('kubernetes.io/hostname', 'topology.kubernetes.io/zone') });
const podAffinity = fc.oneof(
  fc.record({ requiredDuringSchedulingIgnoredDuringExecution: fc.array(podAffinityTerm, { minLength: 1, maxLength: 2 }) }),
  fc.record({ preferredDuringSchedulingIgnoredDuringExecution: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 100 }), podAffinityTerm }), { minLength: 1, maxLength: 2 }) }),
);
const nodeAffinity = fc.record({
  requiredDuringSchedulingIgnoredDuringExecution: fc.record({
    nodeSelectorTerms: fc.array(
      fc.record({ matchExpressions: fc.array(fc.record({ key: labelKey, operator: fc.constantFrom('In', 'NotIn'), values: selectorValues }), { minLength: 1, maxLength: 2 }) }),
      { minLength: 1, maxLength: 2 },
    ),
  }),
});
const affinity = fc.record({ nodeAffinity, podAffinity, podAntiAffinity: podAffinity }, { requiredKeys: [] }).filter((a) => Object.keys(a).length > 0);

function kindSchema(kind: ConnectionKind): fc.Arbitrary<Values | undefined> {
  switch (kind) {
    case 'host_path':
      return fc.record({ hostPath: absolutePath, mountPath: absolutePath, readOnly: fc.boolean() }, { requiredKeys: ['hostPath', 'mountPath'] });
    case 'volume_claim':
      return fc.record({ volumeClaim: dnsSubdomain, mountPath: absolutePath, readOnly: fc.boolean() }, { requiredKeys: ['volumeClaim', 'mountPath'] });
    case 's3':
      return fc.record({ bucket: fc.constantFrom('s3://bucket', 's3://bucket/path with space', 's3://yes') });
    case 'gcs':
      return fc.record({ bucket: fc.constantFrom('gs://bucket', 'gs://on/0755') });
    case 'wasb':
      return fc.record({ bucket: fc.constantFrom('wasbs://container@account.blob.core.windows.net/') });
    case 'git':
      return fc.record({ url: fc.constantFrom('https://github.com/org/repo', 'git@host:org/repo.git'), revision: fc.constantFrom('main', '0755', 'yes') }, { requiredKeys: [] });
    case 'registry':
      return fc.record({ url: fc.constantFrom('registry.example.com/org/repo', 'localhost:5000/x'), insecure: fc.boolean() }, { requiredKeys: ['url'] });
    default:
      return fc.option(fc.record({ custom: mapValue }), { nil: undefined });
  }
}

function connection(kinds: readonly ConnectionKind[]): fc.Arbitrary<Values> {
  return fc
    .record(
      {
        name: dnsLabel,
        kind: fc.constantFrom(...kinds),
        description: mapValue,
        tags: fc.array(mapValue, { minLength: 1, maxLength: 2 }),
        secret: fc.record(
          { name: dnsSubdomain, mountPath: absolutePath, items: fc.array(fc.constantFrom('a', 'key.json'), { minLength: 1, maxLength: 2 }), defaultMode: fc.constantFrom('0600', '0644', '600') },
          { requiredKeys: ['name'] },
        ),
        configMap: fc.record({ name: dnsSubdomain }),
        env: fc.array(fc.record({ name: fc.constantFrom('A', 'AWS_REGION', 'X_Y'), value: mapValue }), { minLength: 1, maxLength: 2 }),
        annotations: fc.dictionary(labelKey, mapValue, { minKeys: 1, maxKeys: 2 }),
      },
      { requiredKeys: ['name', 'kind'] },
    )
    .chain((c) => kindSchema(c.kind as ConnectionKind).map((schema) => (schema === undefined ? c : { ...c, schema })));
}

const uniqueByName = (list: Values[]) => new Set(list.map((c) => c.name)).size === list.length;

/** A dedicated arbitrary where the generic one would give values the chart or the CLI cannot mean. */
function fieldArb(node: FieldNode): fc.Arbitrary<unknown> | undefined {
  const last = node.path[node.path.length - 1];
  switch (node.meta.widget === 'objectList' ? node.meta.rows?.noun : node.meta.widget) {
    case 'toleration':
      return fc.array(toleration, { minLength: 1, maxLength: 3 });
    case 'connection':
      return connection(ARTIFACT_STORE_KINDS);
    case 'connectionList':
      return fc.array(connection(CONNECTION_KIND_NAMES), { minLength: 1, maxLength: 3 }).filter(uniqueByName);
    case 'extra path':
      return fc.array(
        fc.record({
          path: fc.constantFrom('/*', '/api'),
          backend: fc.record({ service: fc.record({ name: dnsLabel, port: fc.oneof(fc.constant('use-annotation'), fc.integer({ min: 1, max: 65535 })) }) }),
        }),
        { minLength: 1, maxLength: 2 },
      );
    case 'TLS entry':
      return fc.array(fc.record({ secretName: dnsSubdomain, hosts: fc.array(dnsSubdomain, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 2 });
    default:
      break;
  }
  if (last === 'affinity') return affinity;
  if (node.id === 'timezone') return fc.constantFrom('UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5');
  if (node.id === 'mountConnections') return fc.array(dnsLabel, { minLength: 1, maxLength: 2 });
  return zodArb(node.schema);
}

/** The value an emptied input leaves in the form (normalizeValues turns it into "unset"). */
function emptyValue(node: FieldNode): unknown {
  const s = node.schema;
  if (s instanceof z.ZodString || s instanceof z.ZodEnum) return '';
  if (s instanceof z.ZodArray) return [];
  if (s instanceof z.ZodRecord || s instanceof z.ZodObject) return {};
  return undefined;
}

const allFieldNodes = walkSchema(valuesSchema).filter(isField);

/** Fields a profile may touch in a release. */
function touchableFields(version: string, profile: Profile): FieldNode[] {
  return allFieldNodes.filter((node) => {
    if (!existsWithAncestors(node, version)) return false;
    if (profile === 'cli') {
      if (node.id === 'deploymentChart' || node.id === 'defaultArtifactsStore') return false;
      if (effectiveCli(node) === 'rejected') return false;
    }
    return true;
  });
}

type Action = { kind: 'keep' } | { kind: 'set'; value: unknown } | { kind: 'empty' };

const arbCache = new Map<string, fc.Arbitrary<Action>>();

function actionArb(node: FieldNode, changeWeight: number, defaultValue: unknown): fc.Arbitrary<Action> {
  const cacheKey = `${node.id}|${changeWeight}|${isEmptyValue(defaultValue)}`;
  let arb = arbCache.get(cacheKey);
  if (!arb) {
    const valueArb = fieldArb(node);
    const choices: Array<{ arbitrary: fc.Arbitrary<Action>; weight: number }> = [{ arbitrary: fc.constant({ kind: 'keep' }), weight: 100 - changeWeight }];
    if (valueArb) {
      const valid = valueArb.filter((v) => node.schema.safeParse(v).success);
      choices.push({ arbitrary: valid.map((value) => ({ kind: 'set', value }) as Action), weight: Math.ceil(changeWeight * 0.7) });
    }
    // Emptying a non-empty default map or list (affinity, resources, ...) is where Helm's null handling matters: more often.
    const emptyWeight = Array.isArray(defaultValue) || isPlainMap(defaultValue) ? changeWeight : Math.ceil(changeWeight * 0.3);
    if (!isEmptyValue(defaultValue)) choices.push({ arbitrary: fc.constant({ kind: 'empty' }), weight: emptyWeight });
    arb = fc.oneof(...choices);
    arbCache.set(cacheKey, arb);
  }
  return arb;
}

/**
 * Random form values for a random supported release. `changePercent` is the
 * chance that a field is touched (set or emptied).
 */
export function randomConfigArb(profile: Profile, changePercent = 8, versions: readonly string[] = CHART_VERSIONS): fc.Arbitrary<RandomConfig> {
  const perVersion = new Map<string, fc.Arbitrary<RandomConfig>>();
  return fc.constantFrom(...versions).chain((version) => {
    let arb = perVersion.get(version);
    if (!arb) {
      arb = versionConfigArb(version, profile, changePercent);
      perVersion.set(version, arb);
    }
    return arb;
  });
}

function versionConfigArb(version: string, profile: Profile, changePercent: number): fc.Arbitrary<RandomConfig> {
  const defaults = chartDefaults(version);
  const fields = touchableFields(version, profile);
  return fc.tuple(...fields.map((node) => actionArb(node, changePercent, getPath(defaults, node.path)))).map((actions) => {
    const form = chartDefaults(version);
    const touched: RandomConfig['touched'] = {};
    actions.forEach((action, i) => {
      const node = fields[i] as FieldNode;
      if (action.kind === 'set') {
        setPath(form, node.path, structuredClone(action.value));
        touched[node.id] = 'set';
      } else if (action.kind === 'empty') {
        setPath(form, node.path, emptyValue(node));
        touched[node.id] = 'emptied';
      }
    });
    return { version, form, touched };
  });
}

/** Puts fields back to the chart default (used to repair a config our validation rejects). */
function resetFields(config: RandomConfig, paths: readonly string[]): RandomConfig {
  const defaults = chartDefaults(config.version);
  const form = structuredClone(config.form);
  const touched = { ...config.touched };
  for (const p of paths) {
    for (const node of allFieldNodes) {
      if (node.id !== p && !node.id.startsWith(`${p}.`) && !p.startsWith(`${node.id}.`)) continue;
      const d = getPath(defaults, node.path);
      setPath(form, node.path, d === undefined ? undefined : structuredClone(d));
      delete touched[node.id];
    }
  }
  return { ...config, form, touched };
}

/**
 * Makes a random config one our validation accepts, keeping as many random
 * changes as it can: fields named by an error go back to their defaults; if
 * errors remain, every touched field under the same top-level key does too.
 * Returns undefined when it cannot (then the caller draws another config).
 */
export function repairConfig(config: RandomConfig, errorPaths: (c: RandomConfig) => string[], rounds = 4): RandomConfig | undefined {
  let current = config;
  for (let round = 0; round <= rounds; round += 1) {
    const paths = errorPaths(current);
    if (paths.length === 0) return current;
    if (round === rounds) return undefined;
    const widen = round > 0;
    const targets = widen ? Object.keys(current.touched).filter((id) => paths.some((p) => id.split('.')[0] === p.split('.')[0])) : paths;
    current = resetFields(current, targets.length > 0 ? targets : paths);
  }
  return undefined;
}
