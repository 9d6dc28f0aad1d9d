import { isPlainMap, type Values } from '../../shared/values';
import type { ImportNote } from './import-types';
import { shellWords } from './shell-words';

/** The Helm release and namespace an import names, and what named them. */
export interface ReleaseTarget {
  readonly release?: string;
  readonly namespace?: string;
  /** Where they came from, in user terms (`the helm upgrade command`). */
  readonly from: string;
}

const GET_VALUES_LINE = /^\s*(?:\$\s*)?(?:\S*\/)?helm3?\s+get\s+values\b/;

/** `helm get values` flags that take a value (the rest are booleans such as `-a`). */
const GET_VALUE_FLAGS = new Set([
  'namespace',
  'output',
  'revision',
  'kube-context',
  'kubeconfig',
  'kube-apiserver',
  'kube-as-user',
  'kube-as-group',
  'kube-ca-file',
  'kube-token',
  'kube-tls-server-name',
  'burst-limit',
  'qps',
  'jsonpath',
]);
const GET_SHORT_VALUE: Readonly<Record<string, string>> = { n: 'namespace', o: 'output' };

/** Whether `line` is a `helm get values …` command line. */
export function isHelmGetValuesLine(line: string): boolean {
  return GET_VALUES_LINE.test(line);
}

/**
 * The release and namespace of the first `helm get values RELEASE -n NS`
 * line of a pasted text (before the values), or undefined when there is none.
 */
export function helmGetValuesTarget(text: string): ReleaseTarget | undefined {
  const line = text.split('\n').find((l) => l.trim() !== '' && isHelmGetValuesLine(l));
  if (line === undefined) return undefined;
  const words = shellWords(line)
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => t.text);
  const at = words.findIndex((w, i) => w === 'values' && words[i - 1] === 'get');
  let release: string | undefined;
  let namespace: string | undefined;
  for (let i = at + 1; i < words.length; i += 1) {
    const w = words[i] as string;
    let name: string | undefined;
    let value: string | undefined;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      if (eq >= 0) value = w.slice(eq + 1);
      else if (GET_VALUE_FLAGS.has(name)) value = words[++i];
    } else if (w.startsWith('-') && w.length > 1) {
      const long = GET_SHORT_VALUE[w[1] as string];
      if (long) {
        name = long;
        value = w.length > 2 ? w.slice(2).replace(/^=/, '') : words[++i];
      }
    } else if (release === undefined) {
      release = w;
    }
    if (name === 'namespace' && value) namespace = value;
  }
  if (release === undefined && namespace === undefined) return undefined;
  return { release, namespace, from: 'the `helm get values` command' };
}

function stringAt(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * Writes an imported release and namespace into the values, where the
 * builder's commands read them (`releaseName`, `namespace`): the release
 * that is deployed is the one to upgrade. A different value already in the
 * file is replaced, with a warning; the notes say where the names came from.
 */
export function applyReleaseTarget(values: Values, target: ReleaseTarget | undefined): { values: Values; notes: ImportNote[]; warnings: ImportNote[] } {
  if (!target || (target.release === undefined && target.namespace === undefined)) return { values, notes: [], warnings: [] };
  const out: Values = isPlainMap(values) ? { ...values } : {};
  const notes: ImportNote[] = [];
  const warnings: ImportNote[] = [];
  const named: string[] = [];
  const set = (key: 'releaseName' | 'namespace', value: string | undefined, what: string) => {
    if (value === undefined) return;
    const had = stringAt(values, key);
    if (had !== undefined && had !== value) {
      warnings.push({ path: key, message: `\`${key}: ${had}\` in the values differs from the ${what} \`${value}\` of ${target.from}; the deployed ${what} \`${value}\` is used.` });
    }
    out[key] = value;
    named.push(`${what} \`${value}\``);
  };
  set('releaseName', target.release, 'release');
  set('namespace', target.namespace, 'namespace');
  if (target.release !== undefined && target.namespace === undefined) {
    warnings.push({
      path: 'namespace',
      message: `${target.from[0]?.toUpperCase()}${target.from.slice(1)} names no namespace, so Helm used the kube-context's namespace (often \`default\`): set the Namespace field to it, or the commands install a second release in \`${stringAt(values, 'namespace') ?? 'polyaxon'}\`.`,
    });
  }
  notes.push({
    message: `The ${named.join(' and ')} ${named.length > 1 ? 'come' : 'comes'} from ${target.from}: the commands upgrade that release in place (set as \`releaseName\`${target.namespace !== undefined ? ' and `namespace`' : ''}).`,
  });
  return { values: out, notes, warnings };
}
