import * as z from 'zod';
import { chartDefaults } from '../../schema/defaults';
import { valuesSchema } from '../../schema/values-schema';
import { isField, walkSchema, type FieldNode, type SchemaNode } from '../../schema/walk';
import { effectiveCli, groupChildKeys, nodeById, schemaNodes, selfAndAncestors } from '../fields/node-index';
import { cliCompatibleValues } from '../values/cli-compatible';
import { helmMerge } from '../values/helm-merge';
import { normalizeValues } from '../values/normalize';
import { helmOverlay } from '../values/overlay';
import { isPlainMap, type Values } from '../../shared/values';
import { getIn } from './context';
import { CLI_ACCEPTED_EXTRAS, CLI_TYPED_RESOURCE_OWNERS, cliLenientGroup, PLATFORM_ONLY_KEYS, RESOURCE_BLOCKS } from '../values/cli-keys';
import { asList, nameOf, show } from './rules/helpers';
import { sortProblems } from './sort';
import type { Problem } from './types';

/**
 * What `polyaxon admin deploy -f values.yaml` (CLI 2.15.1) would reject in
 * the file the builder writes (only the keys that differ from the chart's
 * defaults): Helm-only keys, platform-only keys, unknown keys, strict types,
 * and the agent-chart switch. Rule ids start with `cli-`.
 */

type StrictKind = 'int' | 'str' | 'strMap' | 'strList';

function strictKind(schema: z.ZodType | undefined): StrictKind | undefined {
  if (schema instanceof z.ZodNumber) return 'int';
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum) return 'str';
  if (schema instanceof z.ZodRecord && schema._zod.def.valueType instanceof z.ZodString) return 'strMap';
  if (schema instanceof z.ZodArray && schema._zod.def.element instanceof z.ZodString) return 'strList';
  return undefined;
}

const nodes = schemaNodes();
const zodTypes = new Map(walkSchema(valuesSchema).map((n) => [n.id, n.schema]));
/** The outermost nodes the CLI rejects (a rejected group covers its children). */
const rejectedRoots: SchemaNode[] = nodes.filter(
  (n) =>
    n.meta.cli === 'rejected' &&
    !selfAndAncestors(n)
      .slice(1)
      .some((up) => up.meta.cli === 'rejected'),
);
/** Fields the CLI type-checks strictly (not the ones it ignores or rejects). */
const strictFields: Array<{ node: FieldNode; kind: StrictKind }> = nodes.filter(isField).flatMap((node) => {
  const cli = effectiveCli(node);
  const kind = strictKind(zodTypes.get(node.id));
  return kind && cli !== 'ignored' && cli !== 'rejected' ? [{ node, kind }] : [];
});

function describe(value: unknown): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return 'a non-scalar value';
}

function strictTypeProblem(node: FieldNode, kind: StrictKind, value: unknown): Problem | undefined {
  const { label } = node.meta;
  const make = (message: string): Problem => ({ path: node.id, message, severity: 'error', rule: 'cli-strict-type' });
  if (kind === 'int' && typeof value === 'string') {
    return make(`${label} is ${describe(value)}: the Polyaxon CLI wants a YAML integer here (StrictInt), e.g. ${value.trim() || '80'} without quotes.`);
  }
  if (kind === 'str' && (typeof value === 'number' || typeof value === 'boolean')) {
    return make(`${label} is ${describe(value)}: the Polyaxon CLI wants a string here (StrictStr). Quote it: "${String(value)}".`);
  }
  if (kind === 'strMap' && isPlainMap(value)) {
    const bad = Object.entries(value).filter(([, v]) => v !== null && v !== undefined && typeof v !== 'string');
    if (bad.length > 0) {
      return make(`${label}: the Polyaxon CLI wants string values; quote ${bad.map(([k, v]) => `${k}: "${show(v)}"`).join(', ')}.`);
    }
  }
  if (kind === 'strList' && Array.isArray(value)) {
    const bad = value.map((v, i) => [i, v] as const).filter(([, v]) => typeof v !== 'string');
    if (bad.length > 0) return make(`${label}: the Polyaxon CLI wants text items; item ${bad.map(([i]) => i + 1).join(', ')} ${bad.length > 1 ? 'are' : 'is'} not text.`);
  }
  return undefined;
}

function unknownKeyProblems(value: unknown, groupId: string, out: Problem[]): void {
  if (!isPlainMap(value) || cliLenientGroup(groupId)) return;
  const known = groupChildKeys(groupId);
  if (!known) return;
  const extras = CLI_ACCEPTED_EXTRAS[groupId] ?? [];
  for (const [key, child] of Object.entries(value)) {
    const id = groupId ? `${groupId}.${key}` : key;
    if (known.has(key)) {
      if (groupChildKeys(id)) unknownKeyProblems(child, id, out);
      continue;
    }
    if (child === undefined || child === null || extras.includes(key)) continue;
    if (groupId === '' && PLATFORM_ONLY_KEYS.has(key)) {
      out.push({
        path: id,
        message: `\`${id}\` is a platform key: the Polyaxon CLI refuses it for agent deployments ("Agent deployment received some keys that are not required").`,
        severity: 'error',
        rule: 'cli-platform-key',
      });
    } else {
      out.push({ path: id, message: `\`${id}\` is not a key the Polyaxon CLI knows: it rejects the file ("Extra inputs are not permitted").`, severity: 'error', rule: 'cli-unknown-key' });
    }
  }
}

/**
 * The chart copies a connection's `env` into the gateway container as
 * Kubernetes EnvVar entries ([{name, value}] / valueFrom); CLI 2.15.1 (vents
 * 0.7.3) only takes env as a map, a list of [name, value] pairs or a `{{ }}`
 * reference, and rejects any list item that is a map. No shape suits both.
 */
function hasKubernetesEnv(item: Values): boolean {
  return Array.isArray(item.env) && item.env.some((entry) => isPlainMap(entry));
}

function connectionProblems(values: Values, out: Problem[]): void {
  const check = (item: unknown, path: string, subject: string) => {
    if (!isPlainMap(item)) return;
    if (hasKubernetesEnv(item)) {
      const named = nameOf(item);
      out.push({
        path,
        message:
          `${subject}${named ? ` (${named})` : ''}: env is a Kubernetes list of {name, value} entries, the form the chart copies into the gateway container, ` +
          'but the Polyaxon CLI only accepts env as a map (NAME: value) or as [name, value] pairs and rejects the file. ' +
          'The CLI cannot carry this env: remove it from the connection, or install with Helm instead of the CLI.',
        severity: 'error',
        rule: 'cli-connection-env',
      });
    }
    for (const resource of ['secret', 'configMap'] as const) {
      const r = item[resource];
      if (isPlainMap(r) && typeof r.defaultMode === 'number') {
        out.push({
          path,
          message: `${subject}: ${resource}.defaultMode is the number ${r.defaultMode}; the Polyaxon CLI wants text. Quote it, e.g. "0600".`,
          severity: 'error',
          rule: 'cli-connection-fields',
        });
      }
    }
  };
  check(getIn(values, 'artifactsStore'), 'artifactsStore', 'Artifacts store');
  asList(getIn(values, 'connections')).forEach((item, i) => check(item, 'connections', `Connection ${i + 1}`));
}

/**
 * Emptying one CPU/memory request or limit writes `null` to delete the chart
 * default, and the CLI wants a quantity string there. The CLI-compatible file
 * writes a fully emptied block as one `null` (accepted), so what is left are
 * null quantities next to kept ones: the CLI path cannot carry them.
 */
function resourceNullProblems(file: Values, defaults: Values, out: Problem[]): void {
  for (const owner of CLI_TYPED_RESOURCE_OWNERS) {
    for (const key of RESOURCE_BLOCKS) {
      const blockPath = `${owner}.resources.${key}`;
      const block = getIn(file, blockPath);
      if (!isPlainMap(block)) continue;
      const blockLabel = nodeById(blockPath)?.meta.label ?? `\`${blockPath}\``;
      for (const [quantity, value] of Object.entries(block)) {
        if (value !== null) continue;
        const path = `${blockPath}.${quantity}`;
        const label = nodeById(path)?.meta.label ?? 'This resource value';
        const chartDefault = getIn(defaults, path);
        const shown = typeof chartDefault === 'string' ? chartDefault : undefined;
        out.push({
          path,
          message:
            `${label} (\`${path}\`) is emptied, which the file writes as \`null\` to remove the chart default${shown ? ` (${shown})` : ''}. ` +
            'The Polyaxon CLI cannot remove a single resource default: it wants a quantity string there and rejects the file. ' +
            `Set a quantity${shown ? ` (e.g. ${shown})` : ''}, empty every value of ${blockLabel} (then the file writes the whole block as \`null\`, which the CLI accepts), or install with Helm instead of the CLI.`,
          severity: 'error',
          rule: 'cli-resource-null',
        });
      }
    }
  }
}

export function cliProblems(formValues: Values, version: string): Problem[] {
  const normalized = normalizeValues(formValues);
  const defaults = chartDefaults(version);
  const changed = helmOverlay(defaults, normalized);
  const out: Problem[] = [];

  const chart = getIn(normalized, 'deploymentChart');
  if (chart !== 'agent') {
    const what = chart === undefined ? 'Without it the CLI assumes `platform`' : `With ${JSON.stringify(chart)} the CLI installs another chart`;
    out.push({ path: 'deploymentChart', message: `Deployment chart must be "agent" for the Polyaxon CLI. ${what}.`, severity: 'error', rule: 'cli-deployment-chart' });
  }

  // The CLI's models do not depend on the chart release: a rejected key is rejected whenever it is written.
  for (const node of rejectedRoots) {
    const written = getIn(changed, node.id);
    if (written === undefined) continue;
    const forbidden = node.path.length === 1 && PLATFORM_ONLY_KEYS.has(node.id);
    const why = forbidden ? 'it is forbidden for agent deployments' : 'it rejects this chart key';
    const hasDefault = getIn(defaults, node.id) !== undefined;
    const how = written === null ? 'Clearing it writes `null`, which the CLI rejects too' : `${hasDefault ? 'Keep the chart default' : 'Leave it unset'}, or install with Helm instead of the CLI`;
    out.push({ path: node.id, message: `${node.meta.label} (\`${node.id}\`) is not accepted by the Polyaxon CLI: ${why}. ${how}.`, severity: 'error', rule: 'cli-rejected' });
  }

  for (const { node, kind } of strictFields) {
    const value = getIn(changed, node.id);
    if (value === undefined || value === null) continue;
    const p = strictTypeProblem(node, kind, value);
    if (p) out.push(p);
  }

  unknownKeyProblems(normalized, '', out);
  connectionProblems(changed, out);
  // Checked on the file the builder writes for the CLI (release and namespace do not matter here).
  const file = cliCompatibleValues(changed, { version, namespace: '', release: '', full: helmMerge(defaults, changed) }).values;
  resourceNullProblems(file, defaults, out);
  return sortProblems(out);
}
