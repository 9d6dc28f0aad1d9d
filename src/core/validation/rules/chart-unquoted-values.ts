import { needsQuoting, plainType } from '../../yaml/yaml11';
import type { Problem, Rule, RuleContext } from '../types';
import { problem } from './helpers';

/**
 * Chart defect, found by rendering the real charts (interop/tests/real-chart, chart-defects): the agent chart writes
 * some free-text values into its manifests without `| quote`, so a value that YAML would not read back as the same
 * text breaks the manifest. Either Helm stops with "YAML parse error" (`a: b`, `x #y`, a leading `%` or `@`, a line
 * break, a control character), or the object gets another type than the text and Kubernetes rejects it
 * (`priorityClassName: true`, a volume named `668` that no mount matches). Every chart release 2.0.0–2.15.1 does it.
 */

/** Written as a plain scalar: `priorityClassName: {{ .Values.priorityClassName }}`. */
const PLAIN = [
  ['priorityClassName', 'priorityClassName: {{ .Values.priorityClassName }}', 'a PriorityClass name such as high-priority'],
  ['agent.priorityClassName', 'priorityClassName: {{ .Values.agent.priorityClassName }}', 'a PriorityClass name such as high-priority'],
  ['gateway.priorityClassName', 'priorityClassName: {{ .Values.gateway.priorityClassName }}', 'a PriorityClass name such as high-priority'],
  ['operator.priorityClassName', 'priorityClassName: {{ .Values.operator.priorityClassName }}', 'a PriorityClass name such as high-priority'],
  ['ingress.className', 'ingressClassName: {{ .Values.ingress.className }}', 'an IngressClass name such as nginx'],
] as const;

/** Kinds whose artifactsStore.name becomes a volume name, written as `name: {{ .Values.artifactsStore.name }}`. */
const MOUNTED_STORE_KINDS: ReadonlySet<unknown> = new Set(['host_path', 'volume_claim']);

/** Written inside double quotes without escaping: `image: "{{ .Values.agent.image }}:{{ .Values.agent.imageTag }}"`. */
const DOUBLE_QUOTED = ['agent.image', 'gateway.image', 'operator.image', 'cleanHooks.image'] as const;

// What a YAML double-quoted scalar cannot hold unescaped: `"`, `\`, line breaks (they fold into spaces), control
// characters, and what go-yaml v2 (Helm's reader) takes as line breaks or refuses: NEL, LS, PS, BOM.
// eslint-disable-next-line no-control-regex
const BREAKS_DOUBLE_QUOTES = /["\\\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

function plainProblem(id: string, path: string, value: string, template: string, expected: string): Problem {
  const type = plainType(value);
  const what =
    type === 'str'
      ? 'so Helm stops with a YAML parse error on that manifest'
      : `so YAML reads it as ${type === 'null' ? 'null' : `a ${type === 'bool' ? 'boolean' : type === 'int' || type === 'float' ? 'number' : type}`}, not as the text \`${value}\`, and Kubernetes rejects the object`;
  return problem(id, path, 'error', `The chart writes this value unquoted (\`${template}\`), ${what}. Use ${expected} (lower-case letters, digits, "-" and ".").`);
}

function check(this: Rule, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [path, template, expected] of PLAIN) {
    const value = ctx.get(path);
    if (typeof value === 'string' && value !== '' && needsQuoting(value)) problems.push(plainProblem(this.id, path, value, template, expected));
  }
  const storeName = ctx.get('artifactsStore.name');
  if (MOUNTED_STORE_KINDS.has(ctx.get('artifactsStore.kind')) && typeof storeName === 'string' && storeName !== '' && needsQuoting(storeName)) {
    problems.push({
      ...plainProblem(this.id, 'artifactsStore', storeName, 'name: {{ .Values.artifactsStore.name }}, the name of the store’s volume', 'a store name that starts with a letter, such as artifacts'),
      subPath: 'name',
    });
  }
  for (const path of DOUBLE_QUOTED) {
    const value = ctx.get(path);
    if (typeof value === 'string' && BREAKS_DOUBLE_QUOTES.test(value)) {
      problems.push(
        problem(
          this.id,
          path,
          'error',
          `The chart writes the image inside double quotes without escaping it (\`image: "{{ .Values.${path} }}:<tag>"\`), so a \`"\`, a \`\\\`, a line break or a control character in it makes Helm stop with a YAML parse error. Use an image reference such as docker.io/polyaxon/polyaxon-agent.`,
        ),
      );
    }
  }
  return problems;
}

export const chartUnquotedValues: Rule = {
  id: 'chart-unquoted-values',
  summary: 'Free-text values the chart writes unquoted (priority classes, ingress class, store volume name, images) must read back as the same text.',
  check,
};
