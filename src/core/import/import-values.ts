import { isChartVersion } from '../../schema/chart-versions';
import { ingest } from '../ingest/ingest';
import { isPlainMap, type Values } from '../../shared/values';
import { detectSource, type ImportSourceKind } from './detect-source';
import { stripHelmGetValuesHeader } from './helm-get-values';
import { helmCommandValues } from './import-helm-command';
import type { ImportError, ImportNote, ImportOptions, ImportResult } from './import-types';
import { decodeBytes, guardText } from './input-guard';
import { applyReleaseTarget, helmGetValuesTarget, type ReleaseTarget } from './release-target';
import { loadValuesYaml } from './safe-yaml';
import type { YamlWarning } from './yaml-result';

export type { ImportError, ImportOptions, ImportReport, ImportResult } from './import-types';

interface Raw {
  readonly values: Values;
  readonly warnings: readonly ImportNote[];
  readonly notes: readonly ImportNote[];
  readonly computed: boolean;
  readonly namedVersion?: string;
  readonly target?: ReleaseTarget;
}

/**
 * The chart release a values file names: `deploymentVersion` (the CLI installs
 * that release), or, in `helm get values -a` output, the image tags that all
 * default to the release they came from.
 */
function releaseNamedBy(values: Values, computed: boolean): { version: string; why: string } | undefined {
  const dv = values.deploymentVersion;
  if (typeof dv === 'string' && isChartVersion(dv)) return { version: dv, why: `\`deploymentVersion: "${dv}"\` names chart ${dv}` };
  if (!computed) return undefined;
  const tags = ['agent', 'gateway', 'operator'].map((c) => (isPlainMap(values[c]) ? (values[c] as Values).imageTag : undefined));
  const first = tags[0];
  if (typeof first === 'string' && isChartVersion(first) && tags.every((t) => t === first)) {
    return { version: first, why: `the computed image tags are those of chart ${first}` };
  }
  return undefined;
}

function fromYamlWarnings(warnings: readonly YamlWarning[]): ImportNote[] {
  return warnings.map((w) => ({ message: w.message, path: w.path, position: w.position }));
}

/** The text read once: what it holds and the release it names, before any release's checks (or why it cannot be read). */
export type ParsedImport = { readonly ok: true; readonly source: ImportSourceKind; readonly raw: Raw } | { readonly ok: false; readonly error: ImportError };

/**
 * Reads a values.yaml, `helm get values` output, or a helm command line
 * (detected from the text unless `kind` says): guards the text, parses it and
 * finds the release it names. The costly part of an import, done once per
 * text; checkImport() then reads the result for a release.
 */
export function parseImport(input: string | Uint8Array, kind?: ImportSourceKind): ParsedImport {
  const guarded = typeof input === 'string' ? guardText(input) : decodeBytes(input);
  if (!guarded.ok) return { ok: false, error: { source: kind ?? 'values-yaml', message: guarded.error.message, position: guarded.error.position } };
  const text = guarded.text;
  const source: ImportSourceKind = kind ?? detectSource(text);

  if (source === 'helm-command') {
    const r = helmCommandValues(text);
    if (!r.ok) return { ok: false, error: { source, message: r.message } };
    const target = r.args.subcommand && r.args.subcommand !== 'template' ? { release: r.args.release, namespace: r.args.namespace, from: `the \`helm ${r.args.subcommand}\` command` } : undefined;
    return { ok: true, source, raw: { values: r.values, warnings: r.warnings, notes: r.notes, computed: false, namedVersion: r.namedVersion, target } };
  }
  const { header, yaml } = source === 'helm-get-values' ? stripHelmGetValuesHeader(text) : { header: undefined, yaml: text };
  const loaded = loadValuesYaml(yaml);
  if (!loaded.ok) return { ok: false, error: { source, message: loaded.error.message, position: loaded.error.position, path: loaded.error.path } };
  const computed = header === 'computed';
  const named = releaseNamedBy(loaded.values, computed);
  const raw: Raw = {
    values: loaded.values,
    warnings: fromYamlWarnings(loaded.warnings),
    notes: [
      ...(computed
        ? [
            {
              message:
                "These are computed values (`helm get values -a`): the chart's defaults merged with the release's values. Keys equal to the selected release's defaults are not written to the output.",
            },
          ]
        : []),
      ...(named ? [{ message: `This looks like chart ${named.version}: ${named.why}.` }] : []),
    ],
    computed,
    namedVersion: named?.version,
    target: source === 'helm-get-values' ? helmGetValuesTarget(text) : undefined,
  };
  return { ok: true, source, raw };
}

/** The release a parsed import names (`--version`, `deploymentVersion`), if any. */
export function namedVersionOf(parsed: ParsedImport): string | undefined {
  return parsed.ok ? parsed.raw.namedVersion : undefined;
}

const checked = new WeakMap<ParsedImport, Map<string, ImportResult>>();

/**
 * A parsed import read for chart `version`: ingest() (core/ingest) guards,
 * migrates the docs' spellings and older keys, lists keys the release does not
 * read and gives the form values. Memoized per parsed text and release, so
 * switching an option back and forth computes nothing again.
 */
export function checkImport(parsed: ParsedImport, version: string): ImportResult {
  if (!parsed.ok) return parsed;
  let byVersion = checked.get(parsed);
  if (!byVersion) {
    byVersion = new Map();
    checked.set(parsed, byVersion);
  }
  const hit = byVersion.get(version);
  if (hit) return hit;
  const { source, raw } = parsed;
  const targeted = applyReleaseTarget(raw.values, raw.target);
  const ingested = ingest({ door: 'import', data: targeted.values, shape: 'overlay' }, version);
  const result: ImportResult = !ingested.ok
    ? { ok: false, error: { source, message: ingested.error.message, ...(ingested.error.path ? { path: ingested.error.path } : {}) } }
    : {
        ok: true,
        values: ingested.values,
        formValues: ingested.formValues,
        report: {
          source,
          version,
          namedVersion: raw.namedVersion,
          release: raw.target?.release,
          namespace: raw.target?.namespace,
          ...(raw.target ? { targetFrom: raw.target.from } : {}),
          computed: raw.computed,
          migrations: ingested.report.migrations,
          unreadKeys: ingested.report.unreadKeys,
          warnings: [...raw.warnings, ...targeted.warnings],
          notes: [...targeted.notes, ...raw.notes],
        },
      };
  byVersion.set(version, result);
  return result;
}

/**
 * Imports a values.yaml, `helm get values` output, or a helm command line:
 * parseImport() then checkImport() for the release the text names (or
 * `options.version`). Nothing here throws for bad input: problems come back
 * as `{ ok: false }`.
 */
export function importValues(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const parsed = parseImport(input, options.kind);
  const named = namedVersionOf(parsed);
  return checkImport(parsed, options.followNamedVersion === false ? options.version : (named ?? options.version));
}
