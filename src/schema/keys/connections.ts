import * as z from 'zod';
import { stringList, structured } from '../fields';
import { DNS1123_LABEL } from '../patterns';
import { ARTIFACT_STORE_KINDS, artifactsStoreSchema, connectionListSchema } from './connection';

/** The artifacts store, its chart-internal fallback, the connections catalogue and the gateway mounts. */

const anchor = 'connections';

const DEFAULT_ARTIFACTS_STORE = {
  name: 'default-artifacts-store',
  kind: 'host_path',
  schema: { hostPath: '/tmp/artifactsStore', mountPath: '/artifactsStore' },
};

export const defaultArtifactsStoreKey = {
  defaultArtifactsStore: structured(artifactsStoreSchema(), 'connection', {
    label: 'Default artifacts store',
    description:
      'Used as a fallback when no artifactsStore is provided: the host path /tmp/artifactsStore of whichever node the pod lands on. values.yaml asks not to change it; set artifactsStore instead.',
    docsAnchor: anchor,
    subOptions: { kind: ARTIFACT_STORE_KINDS },
    default: DEFAULT_ARTIFACTS_STORE,
    readBy: 'chart',
    cli: 'rejected',
  }),
};

export const connectionKeys = {
  artifactsStore: structured(artifactsStoreSchema(), 'connection', {
    label: 'Artifacts store',
    description: 'The connection where runs store their artifacts and logs (host_path, volume_claim, s3, gcs or wasb); it is mounted into the gateway. Unset falls back to the default node host path.',
    docsAnchor: anchor,
    subOptions: { kind: ARTIFACT_STORE_KINDS },
    default: null,
    readBy: 'chart',
    cli: 'accepted',
    docs: {
      default: '{}',
      note: 'The docs show artifactsStore: {}, which the CLI rejects (name and kind are required) and the chart treats as unset (the /tmp/artifactsStore host path). Omit it or give a full connection.',
    },
  }),
  connections: structured(connectionListSchema(), 'connectionList', {
    label: 'Connections',
    description: 'You need to configure the connection to authorize for the agent (POLYAXON_AGENT_CONNECTIONS): the catalogue runs use by name.',
    docsAnchor: anchor,
    rows: { noun: 'connection', emptyText: 'No connections.', newItem: { name: '', kind: 'git' } },
    default: [],
    readBy: 'chart',
    cli: 'accepted',
  }),
  mountConnections: stringList(
    {
      label: 'Mount connections',
      description: 'Names of connections to mount into the gateway (streams) pod, not into runs, so it can read their data.',
      docsAnchor: anchor,
      default: [],
      readBy: 'chart',
      cli: 'accepted',
      placeholder: 'a connection name',
      suggest: { path: 'connections', itemKey: 'name', label: 'Defined connections' },
    },
    z.string().regex(DNS1123_LABEL, 'The name of a connection'),
  ),
};
