import { migrateValues } from '../migrate/migrate';
import { unreadKeys } from '../migrate/unread-keys';
import type { Values } from '../values/types';
import { detectSource, type ImportSourceKind } from './detect-source';
import { stripHelmGetValuesHeader } from './helm-get-values';
import { helmCommandValues } from './import-helm-command';
import type { ImportNote, ImportOptions, ImportResult } from './import-types';
import { decodeBytes, guardText } from './input-guard';
import { loadValuesYaml } from './safe-yaml';
import type { YamlWarning } from './yaml-result';

export type { ImportError, ImportNote, ImportOptions, ImportReport, ImportResult } from './import-types';

interface Raw {
  readonly values: Values;
  readonly warnings: readonly ImportNote[];
  readonly notes: readonly ImportNote[];
  readonly computed: boolean;
  readonly namedVersion?: string;
  readonly release?: string;
  readonly namespace?: string;
}

function fromYamlWarnings(warnings: readonly YamlWarning[]): ImportNote[] {
  return warnings.map((w) => ({ message: w.message, path: w.path, position: w.position }));
}

/**
 * Imports a values.yaml, `helm get values` output, or a helm command line
 * (detected from the text unless `options.kind` says), migrates the docs'
 * spellings and older keys, and lists keys the chart release does not read.
 * Nothing here throws for bad input: problems come back as `{ ok: false }`.
 */
export function importValues(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const guarded = typeof input === 'string' ? guardText(input) : decodeBytes(input);
  if (!guarded.ok) return { ok: false, error: { source: options.kind ?? 'values-yaml', message: guarded.error.message, position: guarded.error.position } };
  const text = guarded.text;
  const source: ImportSourceKind = options.kind ?? detectSource(text);

  let raw: Raw;
  if (source === 'helm-command') {
    const r = helmCommandValues(text);
    if (!r.ok) return { ok: false, error: { source, message: r.message } };
    raw = { values: r.values, warnings: r.warnings, notes: r.notes, computed: false, namedVersion: r.namedVersion, release: r.args.release, namespace: r.args.namespace };
  } else {
    const { header, yaml } = source === 'helm-get-values' ? stripHelmGetValuesHeader(text) : { header: undefined, yaml: text };
    const loaded = loadValuesYaml(yaml);
    if (!loaded.ok) return { ok: false, error: { source, message: loaded.error.message, position: loaded.error.position, path: loaded.error.path } };
    const computed = header === 'computed';
    raw = {
      values: loaded.values,
      warnings: fromYamlWarnings(loaded.warnings),
      notes: computed
        ? [{ message: "These are computed values (`helm get values -a`): the chart's defaults merged with the release's values. Keys equal to the selected release's defaults are not written to the output." }]
        : [],
      computed,
    };
  }

  const version = raw.namedVersion ?? options.version;
  const migrated = migrateValues(raw.values);
  return {
    ok: true,
    values: migrated.values,
    report: {
      source,
      version,
      namedVersion: raw.namedVersion,
      release: raw.release,
      namespace: raw.namespace,
      computed: raw.computed,
      migrations: migrated.changes,
      unreadKeys: unreadKeys(migrated.values, version),
      warnings: raw.warnings,
      notes: raw.notes,
    },
  };
}
