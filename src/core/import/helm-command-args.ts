import type { SetFlag } from '../helm-command/set-flags';
import { shellWords, type ShellToken } from './shell-words';

/**
 * Reads the flags of a pasted `helm install|upgrade|template` command (or a
 * bare list of `--set …` flags) the way Helm's command line (cobra/pflag)
 * would: `--flag value` and `--flag=value`, `-f value`, `-fvalue`, `-f=value`,
 * `--` ends the flags, and positionals are the release and the chart.
 */

type HelmSubcommand = 'install' | 'upgrade' | 'template';

export interface HelmCommandArgs {
  /** Undefined when the text is only a list of flags. */
  readonly subcommand: HelmSubcommand | undefined;
  readonly release?: string;
  readonly chart?: string;
  /** `--version`, as written. */
  readonly version?: string;
  readonly namespace?: string;
  /** `--set`, `--set-string` and `--set-json`, in command-line order. */
  readonly setFlags: readonly SetFlag[];
  /** `--set-literal key=value` expressions (Helm 3.13+), in order. */
  readonly literalFlags: readonly string[];
  /** `--set-file key=path` expressions: they read local files. */
  readonly setFileFlags: readonly string[];
  /** `-f`/`--values` paths or URLs, other than `-`. */
  readonly valuesFiles: readonly string[];
  /** The values read from standard input by `-f -`, when the text has them in a here-document. */
  readonly stdinValues?: string;
  /** `-f -` was given but the text does not hold what standard input is. */
  readonly stdinMissing: boolean;
  readonly reuseValues: boolean;
  /** Shell expansions left as literal text (`$TOKEN`). */
  readonly expansions: readonly string[];
  /** Unquoted `{a,b}` that bash would have expanded. */
  readonly braces: readonly string[];
  /** Things the import ignored, one sentence each. */
  readonly notes: readonly string[];
}

export type HelmCommandParse = { readonly ok: true; readonly args: HelmCommandArgs } | { readonly ok: false; readonly error: string };

/** Long flags of helm install/upgrade/template (Helm 3.x) that take a value. */
const VALUE_FLAGS = new Set([
  'set',
  'set-string',
  'set-json',
  'set-file',
  'set-literal',
  'values',
  'version',
  'namespace',
  'timeout',
  'repo',
  'username',
  'password',
  'ca-file',
  'cert-file',
  'key-file',
  'keyring',
  'kube-context',
  'kubeconfig',
  'post-renderer',
  'post-renderer-args',
  'description',
  'name-template',
  'output',
  'history-max',
  'kube-apiserver',
  'kube-as-user',
  'kube-as-group',
  'kube-ca-file',
  'kube-token',
  'kube-tls-server-name',
  'registry-config',
  'repository-cache',
  'repository-config',
  'burst-limit',
  'qps',
  'labels',
  'api-versions',
  'kube-version',
  'output-dir',
  'show-only',
  'release-name',
  'max-history',
  'wait-retries',
  'content-cache',
  'plugins',
]);

/** Long boolean flags: known so that the word after them is not taken as their value. */
const BOOL_FLAGS = new Set([
  'install',
  'create-namespace',
  'wait',
  'wait-for-jobs',
  'atomic',
  'rollback-on-failure',
  'dry-run',
  'debug',
  'devel',
  'force',
  'force-replace',
  'force-conflicts',
  'reuse-values',
  'reset-values',
  'reset-then-reuse-values',
  'cleanup-on-fail',
  'no-hooks',
  'skip-crds',
  'skip-schema-validation',
  'disable-openapi-validation',
  'dependency-update',
  'generate-name',
  'render-subchart-notes',
  'insecure-skip-tls-verify',
  'plain-http',
  'pass-credentials',
  'enable-dns',
  'verify',
  'replace',
  'take-ownership',
  'hide-notes',
  'hide-secret',
  'include-crds',
  'is-upgrade',
  'validate',
  'skip-tests',
  'server-side',
  'help',
]);

/** Shorthands: which take a value, which are booleans. */
const SHORT_VALUE: Readonly<Record<string, string>> = { f: 'values', n: 'namespace', o: 'output', a: 'api-versions', s: 'show-only', l: 'labels' };
const SHORT_BOOL: Readonly<Record<string, string>> = { i: 'install', g: 'generate-name', h: 'help' };

type Simple = { words: { text: string; offset: number }[]; heredocs: string[]; pipedFrom?: Simple; afterNewline: boolean };

/** Splits tokens into simple commands; redirections' targets are dropped, here-documents kept. */
function simpleCommands(tokens: readonly ShellToken[]): Simple[] {
  const out: Simple[] = [];
  let current: Simple = { words: [], heredocs: [], afterNewline: false };
  let skipNext = false;
  for (const t of tokens) {
    if (t.kind === 'heredoc') {
      current.heredocs.push(t.text);
      continue;
    }
    if (t.kind === 'operator') {
      if (t.text === '>' || t.text === '>>' || t.text === '<') {
        skipNext = true;
        continue;
      }
      if (current.words.length > 0 || current.heredocs.length > 0) out.push(current);
      const previous: Simple = current;
      current = { words: [], heredocs: [], afterNewline: t.text === '\n' };
      if (t.text === '|') current.pipedFrom = previous;
      continue;
    }
    if (skipNext) {
      skipNext = false;
      continue;
    }
    current.words.push({ text: t.text, offset: t.offset });
  }
  if (current.words.length > 0) out.push(current);
  return out;
}

/** Index of the `helm` word, skipping `$`, `sudo` and `NAME=value` prefixes; -1 when this is not a helm command. */
function helmIndex(words: readonly { text: string }[]): number {
  let i = 0;
  while (i < words.length) {
    const w = words[i]?.text as string;
    if (w === '$' || w === 'sudo' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i += 1;
    else break;
  }
  const w = words[i]?.text;
  return w !== undefined && /^(?:.*\/)?helm3?$/.test(w) ? i : -1;
}

const SUBCOMMANDS: readonly HelmSubcommand[] = ['install', 'upgrade', 'template'];

interface Mutable {
  subcommand: HelmSubcommand | undefined;
  version?: string;
  namespace?: string;
  setFlags: SetFlag[];
  literalFlags: string[];
  setFileFlags: string[];
  valuesFiles: string[];
  stdinRequested: boolean;
  reuseValues: boolean;
  generateName: boolean;
  positionals: string[];
  notes: string[];
}

function applyFlag(m: Mutable, name: string, value: string | undefined): void {
  switch (name) {
    case 'set':
    case 'set-string':
    case 'set-json':
      m.setFlags.push({ kind: name, expr: value ?? '' });
      return;
    case 'set-literal':
      m.literalFlags.push(value ?? '');
      return;
    case 'set-file':
      m.setFileFlags.push(value ?? '');
      return;
    case 'values':
      // --values takes a comma-separated list too.
      for (const path of (value ?? '').split(',')) {
        if (path === '-') m.stdinRequested = true;
        else if (path !== '') m.valuesFiles.push(path);
      }
      return;
    case 'version':
      m.version = value;
      return;
    case 'namespace':
      m.namespace = value;
      return;
    case 'reuse-values':
    case 'reset-then-reuse-values':
      m.reuseValues = value === undefined || value === 'true';
      return;
    case 'generate-name':
      m.generateName = value === undefined || value === 'true';
      return;
    default:
      return;
  }
}

function readArgs(words: readonly string[], m: Mutable): void {
  let i = 0;
  const next = (flag: string): string | undefined => {
    if (i + 1 >= words.length) {
      m.notes.push(`\`${flag}\` has no value at the end of the command.`);
      return undefined;
    }
    i += 1;
    return words[i];
  };
  for (; i < words.length; i += 1) {
    const w = words[i] as string;
    if (w === '--') {
      m.positionals.push(...words.slice(i + 1));
      return;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      if (eq >= 0) applyFlag(m, name, w.slice(eq + 1));
      else if (VALUE_FLAGS.has(name)) applyFlag(m, name, next(w));
      else {
        if (!BOOL_FLAGS.has(name)) m.notes.push(`\`--${name}\` is not a flag this import knows; it was read as a switch without a value.`);
        applyFlag(m, name, undefined);
      }
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      // A run of shorthands: booleans first, then at most one that takes a value (the rest of the word or the next word).
      for (let j = 1; j < w.length; j += 1) {
        const c = w[j] as string;
        const long = SHORT_VALUE[c];
        if (long) {
          const rest = w.slice(j + 1);
          applyFlag(m, long, rest !== '' ? rest.replace(/^=/, '') : next(`-${c}`));
          break;
        }
        const bool = SHORT_BOOL[c];
        if (bool) applyFlag(m, bool, undefined);
        else m.notes.push(`\`-${c}\` is not a flag this import knows; it was ignored.`);
      }
      continue;
    }
    m.positionals.push(w);
  }
}

/**
 * Parses a pasted command line. The text may hold several commands (for
 * example `helm repo add …` then `helm upgrade --install …`); the first
 * `helm install`, `helm upgrade` or `helm template` is read.
 */
export function parseHelmCommand(text: string): HelmCommandParse {
  const shell = shellWords(text);
  if (shell.unterminated) {
    return { ok: false, error: `The command has an unclosed ${shell.unterminated === 'single' ? "single quote (')" : 'double quote (")'}.` };
  }
  const commands = simpleCommands(shell.tokens);
  const m: Mutable = {
    subcommand: undefined,
    setFlags: [],
    literalFlags: [],
    setFileFlags: [],
    valuesFiles: [],
    stdinRequested: false,
    reuseValues: false,
    generateName: false,
    positionals: [],
    notes: [],
  };
  let chosen: Simple | undefined;
  let sawHelm = false;
  const continuation = new Set<Simple>();
  for (const cmd of commands) {
    const at = helmIndex(cmd.words);
    if (at < 0) continue;
    sawHelm = true;
    const sub = cmd.words[at + 1]?.text;
    if (SUBCOMMANDS.includes(sub as HelmSubcommand)) {
      chosen = cmd;
      m.subcommand = sub as HelmSubcommand;
      const words = cmd.words.slice(at + 2).map((w) => w.text);
      // Lines that start with a flag but follow without a trailing backslash (wrapped by a web page) belong to it.
      let wrapped = 0;
      for (const next of commands.slice(commands.indexOf(cmd) + 1)) {
        if (!next.afterNewline || !next.words[0]?.text.startsWith('-')) break;
        words.push(...next.words.map((w) => w.text));
        continuation.add(next);
        wrapped += 1;
      }
      if (wrapped > 0) m.notes.push(`${wrapped} line(s) starting with a flag had no \`\\\` before them and were read as part of the command.`);
      readArgs(words, m);
      break;
    }
  }
  if (!chosen) {
    const first = commands[0];
    if (!sawHelm && first && first.words[0]?.text.startsWith('-')) {
      chosen = first;
      readArgs(
        commands.flatMap((c) => c.words.map((w) => w.text)),
        m,
      );
    } else {
      return {
        ok: false,
        error: sawHelm
          ? 'No `helm install`, `helm upgrade` or `helm template` command was found in the text.'
          : 'This does not look like a helm command: it should start with `helm install`, `helm upgrade` or `helm template`, or with `--set` flags.',
      };
    }
  }
  const others = commands.filter((c) => c !== chosen && c !== chosen.pipedFrom && !continuation.has(c) && c.words.length > 0);
  if (m.subcommand && others.length > 0) {
    m.notes.push(`Only the \`helm ${m.subcommand}\` command was read; ${others.length === 1 ? 'the other command was' : `the ${others.length} other commands were`} ignored.`);
  }
  let stdinValues: string | undefined;
  if (m.stdinRequested) {
    stdinValues = chosen.heredocs[0] ?? chosen.pipedFrom?.heredocs[0];
  }
  let release: string | undefined;
  let chart: string | undefined;
  const pos = m.positionals;
  if (m.subcommand === 'upgrade' || (m.subcommand && !m.generateName && pos.length >= 2)) {
    [release, chart] = pos;
  } else {
    [chart] = pos;
  }
  if (pos.length > 2)
    m.notes.push(
      `Extra arguments were ignored: ${pos
        .slice(2)
        .map((p) => `\`${p}\``)
        .join(', ')}.`,
    );
  return {
    ok: true,
    args: {
      subcommand: m.subcommand,
      release,
      chart,
      version: m.version,
      namespace: m.namespace,
      setFlags: m.setFlags,
      literalFlags: m.literalFlags,
      setFileFlags: m.setFileFlags,
      valuesFiles: m.valuesFiles,
      stdinValues,
      stdinMissing: m.stdinRequested && stdinValues === undefined,
      reuseValues: m.reuseValues,
      expansions: shell.expansions,
      braces: shell.braces,
      notes: m.notes,
    },
  };
}
