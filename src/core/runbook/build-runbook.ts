import { chartDefaults } from '../../schema/defaults';
import { buildHelmCommands, CHART_REPO_NAME } from '../helm-command/build';
import { AUTH_TOKEN_KEY, TOKEN_ENV_VAR } from '../helm-command/secret-mode';
import { shellQuote } from '../helm-command/shell-quote';
import { VALUES_FILE_NAME } from '../download/values-file';
import { helmMerge } from '../values/helm-merge';
import { isPlainMap, type Values } from '../../shared/values';
import { chartFullname } from './names';
import { placeholder, placeholdersIn, quotedPlaceholder } from './placeholder';
import { reachSteps } from './reach';
import { referencedClaims, referencedResources, type ReferencedResource } from './referenced-secrets';
import { literal } from './secret-keys';
import type { RunbookInput, RunbookPhase, RunbookStep } from './types';

export type { RunbookInput, RunbookStep } from './types';

const map = (v: unknown): Values => (isPlainMap(v) ? v : {});

function step(id: string, phase: RunbookPhase, title: string, command: string, note?: string, extra: Partial<RunbookStep> = {}): RunbookStep {
  return { id, phase, title, command, ...(note ? { note } : {}), placeholders: placeholdersIn(command), ...extra };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** `kubectl create namespace NS` that succeeds when it exists already. */
function namespaceLine(ns: string): string {
  return `kubectl create namespace ${shellQuote(ns)} --dry-run=client -o yaml | kubectl apply -f -`;
}

function additionalNamespaces(full: Values): string[] {
  const list = map(full.agent).additionalNamespaces;
  return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && n !== '') : [];
}

/** The `kubectl create secret …` (or configmap) line of one resource in one namespace. */
function createLine(r: ReferencedResource, ns: string): string {
  const at = `-n ${shellQuote(ns)}`;
  const name = shellQuote(r.name);
  switch (r.kind) {
    case 'agent-token':
      return `kubectl create secret generic ${name} ${at} --from-literal=${AUTH_TOKEN_KEY}="$${TOKEN_ENV_VAR}"`;
    case 'tls':
      return `kubectl create secret tls ${name} ${at} --cert=${quotedPlaceholder('path/to/tls.crt')} --key=${quotedPlaceholder('path/to/tls.key')}`;
    case 'pull':
      return `kubectl create secret docker-registry ${name} ${at} --docker-server=${quotedPlaceholder('registry server')} --docker-username=${quotedPlaceholder('username')} --docker-password=${quotedPlaceholder('password or token')}`;
    case 'connection-secret':
    case 'connection-config': {
      const keys = r.keys.length > 0 ? r.keys : [literal(placeholder('KEY'), 'value')];
      const args = keys.map((k) => shellQuote(`--from-${k.from}=${k.key}=${k.value}`));
      const head = r.kind === 'connection-secret' ? `kubectl create secret generic ${name} ${at}` : `kubectl create configmap ${name} ${at}`;
      return [head, ...args].join(' \\\n  ');
    }
  }
}

const TITLES: Record<ReferencedResource['kind'], (r: ReferencedResource) => string> = {
  'agent-token': (r) => `Create the agent token Secret ${r.name}`,
  tls: (r) => `Create the TLS Secret ${r.name}`,
  pull: (r) => `Create the image pull Secret ${r.name}`,
  'connection-secret': (r) => `Create the Secret ${r.name}`,
  'connection-config': (r) => `Create the ConfigMap ${r.name}`,
};

function resourceNote(r: ReferencedResource, runNamespaces: readonly string[]): string {
  const parts: string[] = [`Used by ${r.usedBy.join(', ')}.`];
  if (r.kind === 'agent-token') parts.push(`Set ${TOKEN_ENV_VAR} first without writing the token into your shell history: read -rs ${TOKEN_ENV_VAR} && export ${TOKEN_ENV_VAR}.`);
  if (r.kind === 'tls') parts.push(`The certificate must cover ${r.hosts?.join(', ') || 'the Ingress host'}; cert-manager can create this Secret instead.`);
  if (r.kind === 'pull') parts.push('Pulls the images from a private registry; the password stays in your shell history unless you read it into a variable first.');
  if (r.kind === 'connection-secret' && r.keys.length === 0) parts.push('This connection kind has no fixed keys: name them as the code that uses the connection expects.');
  if (r.optional.length > 0) parts.push(`Optional keys: ${r.optional.join(', ')}.`);
  if (runNamespaces.length > 0 && r.inRunNamespaces) parts.push(`Runs in ${runNamespaces.join(', ')} read it there too, so it is created in each.`);
  return parts.join(' ');
}

function prepareSteps(input: RunbookInput, full: Values): RunbookStep[] {
  const ns = input.namespace;
  const runNamespaces = additionalNamespaces(full);
  const resources = referencedResources(full);
  const claims = referencedClaims(full);
  const steps: RunbookStep[] = [];
  if (resources.length > 0 || runNamespaces.length > 0 || claims.length > 0) {
    steps.push(
      step(
        'namespace',
        'prepare',
        `Create the namespace ${ns}${runNamespaces.length > 0 ? ' and the runs namespaces' : ''}`,
        [ns, ...runNamespaces].map(namespaceLine).join('\n'),
        `The Secrets below must exist before the install, so the namespace is created first (the install's --create-namespace would be too late). Safe to run again.`,
      ),
    );
  }
  for (const r of resources) {
    const namespaces = r.inRunNamespaces ? [ns, ...runNamespaces] : [ns];
    const id = `${r.kind === 'connection-config' ? 'configmap' : 'secret'}-${r.name}`;
    steps.push(step(id, 'prepare', TITLES[r.kind](r), namespaces.map((n) => createLine(r, n)).join('\n'), resourceNote(r, runNamespaces)));
  }
  if (claims.length > 0) {
    steps.push(
      step(
        'volume-claims',
        'prepare',
        `Check the ${plural(claims.length, 'PersistentVolumeClaim')} the connections mount`,
        `kubectl get pvc ${claims.map(shellQuote).join(' ')} -n ${shellQuote(ns)}`,
        'The chart mounts these claims but does not create them: create them (ReadWriteMany for runs on several nodes) if this reports NotFound.',
      ),
    );
  }
  return steps;
}

function installSteps(input: RunbookInput): RunbookStep[] {
  const blocks = buildHelmCommands({
    release: input.release,
    namespace: input.namespace,
    chartVersion: input.chartVersion,
    changed: input.values,
    yaml: input.yaml,
    variant: input.variant,
    ...(input.secretMode ? { secretMode: input.secretMode } : {}),
  });
  // The repository and the install come from the helm command builder, so each variant stays as the command panel shows it.
  return blocks
    .filter((b) => b.id === 'repo' || b.id === 'install')
    .map((b) => ({ id: b.id, phase: 'install' as const, title: b.title, command: b.command, ...(b.note ? { note: b.note } : {}), placeholders: [] }));
}

function verifySteps(input: RunbookInput, full: Values): RunbookStep[] {
  const fn = chartFullname(input.release);
  const ns = shellQuote(input.namespace);
  const deployments = [map(full.agent).enabled !== false ? `${fn}-agent` : undefined, `${fn}-streams`, map(full.operator).enabled !== false ? `${fn}-operator` : undefined].filter(
    (d): d is string => d !== undefined,
  );
  const lines = deployments.map((d) => `kubectl rollout status deployment/${shellQuote(d)} -n ${ns} --timeout=5m`);
  lines.push(`kubectl get pods -n ${ns} -l ${shellQuote(`release=${input.release}`)}`);
  const skipped = [map(full.agent).enabled === false && 'the agent (agent.enabled is false)', map(full.operator).enabled === false && 'the operator (operator.enabled is false)'].filter(Boolean);
  return [
    step(
      'verify',
      'verify',
      'Wait for the deployments to be ready',
      lines.join('\n'),
      `The gateway runs as ${fn}-streams.${skipped.length > 0 ? ` Not deployed: ${skipped.join(' and ')}.` : ''} If a rollout times out, kubectl describe pod and kubectl logs show why.`,
    ),
  ];
}

function uninstallSteps(input: RunbookInput, full: Values): RunbookStep[] {
  const ns = shellQuote(input.namespace);
  const operator = map(full.operator);
  const ownsCrds = operator.enabled !== false && operator.skipCRD !== true;
  const resources = referencedResources(full);
  const secrets = resources.filter((r) => r.kind !== 'connection-config').map((r) => r.name);
  const configMaps = resources.filter((r) => r.kind === 'connection-config').map((r) => r.name);
  const claims = referencedClaims(full);
  const steps: RunbookStep[] = [
    step(
      'uninstall',
      'uninstall',
      'Uninstall',
      `helm uninstall ${shellQuote(input.release)} -n ${ns}`,
      [
        "Runs the chart's clean-runs hook first (--no-hooks skips it).",
        ownsCrds
          ? 'It also deletes the CRDs this release installed (clusters, jobs, kfjobs, services in polyaxon.com) and with them every Polyaxon run resource in the cluster, also those of other agent releases.'
          : 'The CRDs stay: this release does not own them (operator.skipCRD or no operator).',
        input.variant === 'cli' ? `polyaxon admin teardown -f ${VALUES_FILE_NAME} does the same.` : undefined,
      ]
        .filter(Boolean)
        .join(' '),
    ),
  ];
  const lines: string[] = [];
  if (secrets.length > 0) lines.push(`kubectl delete secret ${secrets.map(shellQuote).join(' ')} -n ${ns}`);
  if (configMaps.length > 0) lines.push(`kubectl delete configmap ${configMaps.map(shellQuote).join(' ')} -n ${ns}`);
  if (claims.length > 0) lines.push(`kubectl get pvc ${claims.map(shellQuote).join(' ')} -n ${ns}`);
  lines.push(`kubectl delete namespace ${ns}`);
  const left = [
    secrets.length > 0 && `the ${plural(secrets.length, 'Secret')} you created (${secrets.join(', ')})`,
    configMaps.length > 0 && `the ${plural(configMaps.length, 'ConfigMap')} (${configMaps.join(', ')})`,
    claims.length > 0 && `the ${plural(claims.length, 'PersistentVolumeClaim')} with your data (${claims.join(', ')}), listed here, not deleted`,
    `the namespace ${input.namespace}`,
  ].filter(Boolean);
  steps.push(
    step(
      'left-behind',
      'uninstall',
      'Remove what helm uninstall leaves behind',
      lines.join('\n'),
      `Helm does not delete ${left.join(', ')}. Deleting the namespace deletes everything still in it, PersistentVolumeClaims included: run that line only when nothing else lives there. The chart repository stays added (helm repo remove ${CHART_REPO_NAME}).`,
    ),
  );
  return steps;
}

/**
 * The deploy runbook, every step in order, derived from the values: create
 * the namespace and every Secret and ConfigMap the values reference (with
 * the keys their kind expects; placeholders `<…>` marked), check the volume
 * claims, add the repository and install or upgrade (the chosen variant),
 * wait for the deployments the values enable, reach the gateway the way the
 * values say, then uninstall and clean up what is left behind. Pure: no I/O.
 */
export function buildRunbook(input: RunbookInput): RunbookStep[] {
  const full = helmMerge(chartDefaults(input.chartVersion), input.values);
  return [...prepareSteps(input, full), ...installSteps(input), ...verifySteps(input, full), ...reachSteps(input, full), ...uninstallSteps(input, full)];
}
