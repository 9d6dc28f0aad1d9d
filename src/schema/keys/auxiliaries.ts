import { bool, group, int } from '../fields';
import { imageKeys } from './images';
import { resourcesGroup, type ResourceDefaults } from './resources';
import { componentSchedulingKeys } from './scheduling';

/**
 * Containers and jobs the agent adds to runs (init, sidecar, notifier, cleaner)
 * and the pre-delete clean-up hook. The chart passes each block whole, as JSON,
 * to the agent, which validates it with the CLI's strict models at start-up.
 */

const anchor = 'agent-configuration';

const RUNTIME_RESOURCES: ResourceDefaults = { limits: { cpu: '1000m', memory: '2000Mi' }, requests: { cpu: '100m', memory: '100Mi' } };

function runtimeJob(title: string, what: string, image: string, description: string, envName: string) {
  const component = {
    title,
    what: `the ${what} jobs the agent launches`,
    metadataCli: 'accepted',
    schedulingNote: 'The chart does not render it: the agent applies it to the jobs.',
  } as const;
  return group(
    {
      ...imageKeys({ title, what: `the ${what} job`, image, docsAnchor: anchor }),
      resources: resourcesGroup({ title, what: `the ${what} job`, docsAnchor: anchor }, RUNTIME_RESOURCES),
      ...componentSchedulingKeys(component),
    },
    { label: title, description: `${description} (${envName}).`, docsAnchor: anchor, readBy: 'chart', cli: 'accepted' },
  );
}

export const notifierGroup = runtimeJob('Notifier', 'notifier', 'polyaxon/polyaxon-events-handlers', 'The post-done notification job of runs', 'POLYAXON_AGENT_NOTIFIER');

export const cleanerGroup = runtimeJob('Cleaner', 'cleaner', 'polyaxon/polyaxon-init', 'The artifacts clean-up job of runs', 'POLYAXON_AGENT_CLEANER');

export const cleanHooksGroup = group(
  {
    ...imageKeys({ title: 'Clean-up hook', what: 'the pre-delete clean-up Job', image: 'polyaxon/polyaxon-cli', docsAnchor: anchor }),
  },
  {
    label: 'Clean-up hook',
    description: 'The pre-delete Job <release>-clean-runs that runs polyaxon admin clean-ops; it uses the agent’s scheduling, service account, pull secrets, labels and annotations.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);

export const initGroup = group(
  {
    ...imageKeys({ title: 'Init container', what: 'the init container injected into runs', image: 'polyaxon/polyaxon-init', docsAnchor: anchor }),
    resources: resourcesGroup({ title: 'Init container', what: 'the init container', docsAnchor: anchor }, RUNTIME_RESOURCES),
  },
  {
    label: 'Init container',
    description: 'The init container injected into runs (POLYAXON_AGENT_INIT); only image, tag, pull policy and resources are allowed.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);

const sidecarCommon = { docsAnchor: anchor, readBy: 'chart', cli: 'accepted' } as const;

export const sidecarGroup = group(
  {
    ...imageKeys({ title: 'Sidecar', what: 'the sidecar injected into runs', image: 'polyaxon/polyaxon-sidecar', docsAnchor: anchor }),
    sleepInterval: int({ ...sidecarCommon, label: 'Sleep interval (s)', description: 'Seconds the sidecar sleeps between checks.', default: 10 }, { min: 1 }),
    syncInterval: int(
      {
        ...sidecarCommon,
        label: 'Sync interval (s)',
        description: 'Seconds between artifact syncs; -1 syncs only when the run ends.',
        default: 10,
      },
      { min: -1 },
    ),
    monitorLogs: bool({ ...sidecarCommon, label: 'Monitor logs', description: 'Whether the sidecar collects the run’s logs.' }),
    monitorSpec: bool({ ...sidecarCommon, label: 'Monitor spec', description: 'Whether the sidecar uploads the run’s spec.' }),
    noConnections: bool({ ...sidecarCommon, label: 'No connections', description: 'Whether the sidecar skips syncing to the connections.' }),
    resources: resourcesGroup({ title: 'Sidecar', what: 'the sidecar container', docsAnchor: anchor }, RUNTIME_RESOURCES),
  },
  {
    label: 'Sidecar',
    description: 'The sidecar injected into runs to sync logs and artifacts (POLYAXON_AGENT_SIDECAR).',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);
