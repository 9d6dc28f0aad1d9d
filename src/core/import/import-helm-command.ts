import { isChartVersion } from '../../schema/chart-versions';
import { parseSetFlags } from '../helm-command/parse-set';
import type { SetFlag } from '../helm-command/set-flags';
import { mergeUserValues } from '../values/helm-merge';
import type { Values } from '../../shared/values';
import { parseHelmCommand, type HelmCommandArgs } from './helm-command-args';
import type { ImportNote } from './import-types';
import { loadValuesYaml } from './safe-yaml';

export type HelmCommandValues =
  | {
      readonly ok: true;
      readonly values: Values;
      readonly args: HelmCommandArgs;
      readonly namedVersion?: string;
      readonly warnings: readonly ImportNote[];
      readonly notes: readonly ImportNote[];
    }
  | { readonly ok: false; readonly message: string };

/** `--set-literal k=v` (value taken as is) as the equivalent `--set-json k="v"`. */
function literalAsJson(expr: string): SetFlag {
  // The literal parser's key ends at the first unescaped `=`; commas in it are not separators.
  let i = 0;
  let key = '';
  for (; i < expr.length; i += 1) {
    const c = expr[i] as string;
    if (c === '\\' && i + 1 < expr.length) {
      key += c + (expr[i + 1] as string);
      i += 1;
    } else if (c === '=') break;
    else key += c === ',' ? '\\,' : c;
  }
  return { kind: 'set-json', expr: `${key}=${JSON.stringify(expr.slice(i + 1))}` };
}

function isAgentChart(chart: string): boolean {
  return /(^|\/)agent(-\d[\w.+-]*\.tgz)?\/?$/.test(chart);
}

/**
 * The values a pasted `helm install|upgrade|template` command sets: `-f -`
 * with a here-document, then `--set-json`, `--set`, `--set-string` (Helm's
 * order, whatever the order on the line), then `--set-literal`. `--set-file`
 * reads a local file, so such a command is refused; `-f file` references are
 * listed as notes.
 */
export function helmCommandValues(text: string): HelmCommandValues {
  const parsed = parseHelmCommand(text);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  const args = parsed.args;
  if (args.setFileFlags.length > 0) {
    const list = args.setFileFlags.map((f) => `\`--set-file ${f}\``).join(', ');
    return {
      ok: false,
      message: `${list} reads a local file, which cannot be loaded here. Replace it with \`--set\` and the file's contents, or import the values as YAML.`,
    };
  }
  const warnings: ImportNote[] = [];
  const notes: ImportNote[] = args.notes.map((message) => ({ message }));
  let base: Values = {};
  if (args.stdinValues !== undefined) {
    const loaded = loadValuesYaml(args.stdinValues);
    if (!loaded.ok) return { ok: false, message: `In the values given to \`-f -\` (the here-document): ${loaded.error.message}` };
    base = loaded.values;
    warnings.push(...loaded.warnings.map((w) => ({ message: `In the here-document: ${w.message}`, path: w.path })));
  }
  let flagValues: Values;
  try {
    flagValues = parseSetFlags(args.setFlags);
    if (args.literalFlags.length > 0) flagValues = mergeUserValues(flagValues, parseSetFlags(args.literalFlags.map(literalAsJson)));
  } catch (e) {
    return { ok: false, message: `Helm could not read the flags: ${e instanceof Error ? e.message : String(e)}.` };
  }
  const values = mergeUserValues(base, flagValues);

  for (const file of args.valuesFiles) {
    notes.push({ message: `Not loaded: \`-f ${file}\`. Add the file's contents (paste them as YAML and import them) to include its values.` });
  }
  if (args.stdinMissing) {
    notes.push({ message: 'Not loaded: `-f -` reads values from standard input, which is not part of the pasted text. Import those values as YAML.' });
  }
  if (args.reuseValues) {
    notes.push({ message: '`--reuse-values` keeps the values already in the release; only the values on this command line were imported (use `helm get values` for the rest).' });
  }
  for (const e of new Set(args.expansions)) {
    warnings.push({ message: `\`${e}\` is a shell expansion; it was kept as literal text. Replace it with its value (or keep it, if you will run the command in that shell).` });
  }
  for (const b of new Set(args.braces)) {
    warnings.push({ message: `\`${b}\` is not quoted: bash and zsh would expand it into separate words. It was read as Helm's list syntax; quote it in the command.` });
  }
  if (args.chart !== undefined && !isAgentChart(args.chart)) {
    warnings.push({ message: `The command installs the chart \`${args.chart}\`, not \`polyaxon/agent\`; its values were imported anyway.` });
  }
  let namedVersion: string | undefined;
  if (args.version !== undefined) {
    const v = args.version.replace(/^v/, '');
    if (isChartVersion(v)) namedVersion = v;
    else warnings.push({ message: `\`--version ${args.version}\` is not a chart release this builder knows; the keys were checked against the selected release.` });
  }
  return { ok: true, values, args, namedVersion, warnings, notes };
}
