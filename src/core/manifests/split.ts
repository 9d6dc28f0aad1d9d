/**
 * `helm template` prints every rendered file as `---\n# Source: <path>\n<content>\n`.
 * These helpers cut that text into documents and back, without changing a byte.
 */
export interface ManifestFile {
  /** The chart path after `# Source: `, e.g. `agent/templates/gateway-svc.yaml`. */
  readonly source: string;
  /** The YAML document as rendered (without the `---` and `# Source:` lines). */
  readonly text: string;
}

const HEADER = /^---\n# Source: (.*)\n/gm;

/** The documents of a `helm template` output, in output order. Text before the first header is dropped. */
export function splitManifests(output: string): ManifestFile[] {
  const headers = [...output.matchAll(HEADER)];
  return headers.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < headers.length ? (headers[i + 1]?.index ?? output.length) : output.length;
    return { source: m[1] ?? '', text: output.slice(start, end).replace(/\n$/, '') };
  });
}

/** Whether a chart path is one of the chart's CustomResourceDefinition templates. */
export function isCrdSource(source: string): boolean {
  return /\/crds\//.test(source);
}
