import { DNS1123_LABEL } from '../../schema/patterns';
import { VALUES_FILE_NAME } from '../download/values-file';
import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { AUTH_TOKEN_KEY, TOKEN_ENV_VAR, agentSecretName, hasAgentToken, valuesForSecretMode, type SecretMode } from './secret-mode';
import { escapeSetValue, formatSetFlag, valuesToSetFlags } from './set-flags';
import { shellQuote, withHeredoc } from './shell-quote';

export type { SecretMode } from './secret-mode';

export type CommandVariant = 'file' | 'stdin' | 'set' | 'cli';

export interface HelmCommandInput {
  release: string;
  namespace: string;
  chartVersion: string;
  /** The values overlay (computeValues(...).changed). */
  changed: Values;
  /** The preview text, toYaml(changed). */
  yaml: string;
  variant: CommandVariant;
  secretMode?: SecretMode;
}

export interface CommandBlock {
  id: string;
  title: string;
  command: string;
  note?: string;
}

export const CHART_REPO_NAME = 'polyaxon';
const CHART_REPO_URL = 'https://charts.polyaxon.com';
const CHART_REF = `${CHART_REPO_NAME}/agent`;
/** The release name the Polyaxon CLI uses when the file has no `releaseName`. */
const CLI_DEFAULT_RELEASE = 'agent';

/** Helm's limit for release names. */
const MAX_RELEASE_LENGTH = 53;
/** The longest release whose Service `<release>-polyaxon-gateway` still fits the 63-character limit. */
const MAX_RELEASE_FOR_SERVICE = 63 - '-polyaxon-gateway'.length;

/** Problems with the release name and namespace, as sentences (empty when both are fine). */
export function nameProblems(release: string, namespace: string): string[] {
  const problems: string[] = [];
  if (!DNS1123_LABEL.test(release) || release.length > MAX_RELEASE_LENGTH) {
    problems.push(`Release name "${release}" is not valid: Helm needs at most ${MAX_RELEASE_LENGTH} lower-case letters, digits and "-", starting and ending with a letter or digit.`);
  } else {
    if (!/^[a-z]/.test(release)) {
      problems.push(`Release name "${release}" starts with a digit: the chart's Service ${release}-polyaxon-gateway would not be a valid Service name (it must start with a letter).`);
    }
    if (release.length > MAX_RELEASE_FOR_SERVICE) {
      problems.push(`Release name "${release}" is longer than ${MAX_RELEASE_FOR_SERVICE} characters: the chart's Service ${release}-polyaxon-gateway would exceed 63 characters.`);
    }
  }
  if (!DNS1123_LABEL.test(namespace) || namespace.length > 63) {
    problems.push(`Namespace "${namespace}" is not valid: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit.`);
  }
  return problems;
}

function joinNotes(...notes: Array<string | undefined | false>): string | undefined {
  const kept = notes.filter((n): n is string => typeof n === 'string' && n !== '');
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** A command followed by arguments, one per line with ` \` continuations (or one line when there are none). */
function continued(head: string, args: readonly string[]): string {
  return args.length === 0 ? head : [head, ...args.map((a) => `  ${a}`)].join(' \\\n');
}

/** One line for a single argument, continuation lines for more. */
function commandLine(head: string, args: readonly string[]): string {
  return args.length === 1 ? `${head} ${args[0]}` : continued(head, args);
}

/** `--set-string agent.token="$POLYAXON_AGENT_TOKEN"`: double quotes on purpose, so the shell expands the variable. */
const TOKEN_FROM_ENV_FLAG = `--set-string agent.token="$${TOKEN_ENV_VAR}"`;

const READ_TOKEN_HINT = `Set ${TOKEN_ENV_VAR} first without writing the token into your shell history, for example: read -rs ${TOKEN_ENV_VAR} && export ${TOKEN_ENV_VAR}`;

function repoBlock(): CommandBlock {
  return {
    id: 'repo',
    title: 'Add the Polyaxon chart repository',
    command: `helm repo add ${CHART_REPO_NAME} ${CHART_REPO_URL}\nhelm repo update`,
  };
}

function secretBlock(release: string, namespace: string, changed: Values): CommandBlock {
  const ns = shellQuote(namespace);
  const agent = changed.agent as Values | undefined;
  const extra = Array.isArray(agent?.additionalNamespaces) && agent.additionalNamespaces.length > 0;
  return {
    id: 'secret',
    title: 'Create the Secret that holds the agent token',
    command: [
      `kubectl create namespace ${ns} --dry-run=client -o yaml | kubectl apply -f -`,
      `kubectl create secret generic ${shellQuote(agentSecretName(release))} -n ${ns} --from-literal=${AUTH_TOKEN_KEY}="$${TOKEN_ENV_VAR}"`,
    ].join('\n'),
    note: joinNotes(
      `${READ_TOKEN_HINT}. The chart's pods read ${AUTH_TOKEN_KEY} from this Secret (agentSecret), so the token stays out of the values and of the Helm release.`,
      extra && 'The chart does not copy this Secret to agent.additionalNamespaces.',
    ),
  };
}

function helmInstallHead(release: string, namespace: string, chartVersion: string): string {
  return `helm upgrade --install ${shellQuote(release)} ${CHART_REF} --namespace ${shellQuote(namespace)} --create-namespace --version ${shellQuote(chartVersion)}`;
}

function installBlock(input: HelmCommandInput, mode: SecretMode, problems: readonly string[]): CommandBlock {
  const { release, namespace, chartVersion, changed } = input;
  const head = helmInstallHead(release, namespace, chartVersion);
  const values = valuesForSecretMode(changed, mode, release);
  const tokenInValues = hasAgentToken(changed);
  const modeFlags = mode === 'env' ? [TOKEN_FROM_ENV_FLAG] : [];
  const envNote =
    mode === 'env' && `${READ_TOKEN_HINT}. Pass the flag again on every upgrade. Helm's --set-string treats "," and "\\" (and a leading "{") specially: if the token has them, use the Secret mode.`;
  const nameNote = problems.length > 0 ? problems.join(' ') : undefined;

  switch (input.variant) {
    case 'file': {
      const secretFlags = mode === 'secret' ? [formatSetFlag({ kind: 'set', expr: `agentSecret=${escapeSetValue(agentSecretName(release))}` })] : [];
      const args = [`-f ${VALUES_FILE_NAME}`, ...secretFlags, ...modeFlags];
      return {
        id: 'install',
        title: 'Install or upgrade the agent with values.yaml',
        command: commandLine(head, args),
        note: joinNotes(
          nameNote,
          `Run it in the folder where you saved ${VALUES_FILE_NAME}.`,
          mode === 'env' && tokenInValues && `Leave agent.token out of ${VALUES_FILE_NAME} in this mode: the flag below passes it.`,
          mode === 'secret' && tokenInValues && `Leave agent.token out of ${VALUES_FILE_NAME} in this mode (with it, the chart still creates its own token Secret).`,
          envNote,
        ),
      };
    }
    case 'stdin': {
      const yaml = mode === 'inline' ? input.yaml : toYaml(values);
      const command = withHeredoc(commandLine(head, [...modeFlags, '-f -']), yaml);
      return {
        id: 'install',
        title: 'Install or upgrade the agent, values inline',
        command,
        note: joinNotes(nameNote, 'The values go to Helm on standard input through a quoted heredoc, so the shell changes nothing in them.', envNote),
      };
    }
    case 'set': {
      const { flags, skipped } = valuesToSetFlags(values);
      const args = [...flags.map(formatSetFlag), ...modeFlags];
      const usesJson = flags.some((f) => f.kind === 'set-json');
      return {
        id: 'install',
        title: 'Install or upgrade the agent with --set flags',
        command: continued(head, args),
        note: joinNotes(
          nameNote,
          usesJson && '--set-json needs Helm 3.10 or newer.',
          skipped.length > 0 && `Left out (Helm's --set cannot write these keys; use the values file): ${skipped.map((s) => JSON.stringify(s)).join(', ')}.`,
          envNote,
        ),
      };
    }
    case 'cli':
      return cliBlock(input, mode, nameNote);
  }
}

/** `"polyaxon==2.15.1"`: the CLI pinned to the chart release (double quotes keep `==` safe in every shell). */
function pipRequirement(chartVersion: string): string {
  const requirement = `polyaxon==${chartVersion}`;
  return /^[A-Za-z0-9.+-]+$/.test(chartVersion) ? `"${requirement}"` : shellQuote(requirement);
}

/** The release the Polyaxon CLI installs: `releaseName` from the file, else `agent`. */
function cliRelease(changed: Values): string {
  const name = changed.releaseName;
  return typeof name === 'string' && name !== '' ? name : CLI_DEFAULT_RELEASE;
}

function cliBlock(input: HelmCommandInput, mode: SecretMode, nameNote: string | undefined): CommandBlock {
  const { changed, chartVersion, release } = input;
  const file = VALUES_FILE_NAME;
  const used = cliRelease(changed);
  return {
    id: 'install',
    title: 'Check and install with the Polyaxon CLI',
    command: [`pip install ${pipRequirement(chartVersion)}`, `polyaxon admin deploy -f ${file} --check`, `polyaxon admin deploy -f ${file}`].join('\n'),
    note: joinNotes(
      nameNote,
      changed.deploymentChart !== 'agent' && `The CLI needs deploymentChart: agent in ${file} (without it the CLI assumes the platform chart): use the CLI-compatible file, which adds it.`,
      typeof changed.deploymentVersion !== 'string' && `Without deploymentVersion: "${chartVersion}" in ${file} the CLI installs the newest chart.`,
      used !== release && `The CLI installs the release named by releaseName (here "${used}"), not "${release}".`,
      `--check validates ${file} and needs kubectl with a working cluster context and helm; it installs nothing.`,
      mode === 'env' && 'The CLI reads the token only from the file: keep agent.token in it, or use the Secret mode.',
      mode === 'secret' && (changed.agentSecret !== agentSecretName(used) || hasAgentToken(changed)) && `${file} must contain agentSecret: ${agentSecretName(used)} and no agent.token.`,
    ),
  };
}

/**
 * The command blocks shown under the preview: add the chart repository,
 * create the token Secret (secret mode), install or upgrade (with the values
 * file, inline on stdin, as --set flags, or with the Polyaxon CLI). Verifying,
 * reaching the gateway and uninstalling are steps of the deploy runbook
 * (src/core/runbook). Invalid release or namespace names produce a note on
 * the install block, never an exception.
 */
export function buildHelmCommands(input: HelmCommandInput): CommandBlock[] {
  const mode = input.secretMode ?? 'inline';
  const release = input.variant === 'cli' ? cliRelease(input.changed) : input.release;
  const problems = nameProblems(release, input.namespace);
  const blocks: CommandBlock[] = [repoBlock()];
  if (mode === 'secret') blocks.push(secretBlock(release, input.namespace, input.changed));
  blocks.push(installBlock(input, mode, problems));
  return blocks;
}
