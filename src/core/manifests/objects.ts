import { YAML11_SCHEMA, load } from 'js-yaml';
import { isPlainMap, type Values } from '../../shared/values';
import { isCrdSource, splitManifests } from './split';

/**
 * The Kubernetes objects of a `helm template` output. Each document is read
 * the way the API server's YAML reader (go-yaml, YAML 1.1) reads it.
 */
export interface K8sObject {
  readonly source: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** The document text exactly as Helm printed it. */
  readonly text: string;
  /** The parsed document; undefined when it is not valid YAML (the error says why). */
  readonly object?: Values;
  readonly parseError?: string;
  /** A Helm hook (metadata.annotations["helm.sh/hook"]), e.g. `pre-delete`. */
  readonly hook?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Every object of the output; empty documents (templates that render nothing) are skipped. */
export function manifestObjects(output: string): K8sObject[] {
  const out: K8sObject[] = [];
  for (const file of splitManifests(output)) {
    if (file.text.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = load(file.text, { schema: YAML11_SCHEMA });
    } catch (e) {
      out.push({ source: file.source, apiVersion: '', kind: 'Unknown', name: file.source, text: file.text, parseError: (e as Error).message });
      continue;
    }
    if (!isPlainMap(parsed)) continue;
    const meta = isPlainMap(parsed.metadata) ? parsed.metadata : {};
    const annotations = isPlainMap(meta.annotations) ? meta.annotations : {};
    out.push({
      source: file.source,
      apiVersion: str(parsed.apiVersion) ?? '',
      kind: str(parsed.kind) ?? 'Unknown',
      name: str(meta.name) ?? '',
      namespace: str(meta.namespace),
      text: file.text,
      object: parsed,
      hook: str(annotations['helm.sh/hook']),
    });
  }
  return out;
}

/** Parsed objects without the CRDs (which are large and do not depend on values). */
export function workloadObjects(output: string): K8sObject[] {
  const files = splitManifests(output).filter((f) => !isCrdSource(f.source));
  return manifestObjects(files.map((f) => `---\n# Source: ${f.source}\n${f.text}\n`).join(''));
}

/** `kind/name`, how objects are matched between two renders. */
export function objectKey(o: Pick<K8sObject, 'kind' | 'name'>): string {
  return `${o.kind}/${o.name}`;
}
