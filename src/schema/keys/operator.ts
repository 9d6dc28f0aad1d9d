import { bool, group, int } from '../fields';
import { imageKeys } from './images';
import { resourcesGroup } from './resources';
import { componentMetadataKeys, componentSchedulingKeys } from './scheduling';

/** The Polyaxon operator: Deployment `<release>-polyaxon-operator`, its RBAC and CRDs. */

const anchor = 'agent-configuration';

const operatorComponent = { title: 'Operator', what: 'the operator pod', metadataCli: 'rejected' } as const;

export const operatorGroup = group(
  {
    enabled: bool({
      label: 'Operator enabled',
      description: 'Renders the operator Deployment, its RBAC and the four Polyaxon CRDs.',
      docsAnchor: anchor,
      default: true,
      readBy: 'chart',
      cli: 'accepted',
    }),
    skipCRD: bool({
      label: 'Skip CRDs',
      description: 'Do not render the CRDs. Needed for a second agent release in the same cluster, since CRDs are cluster-scoped (and helm uninstall deletes them).',
      docsAnchor: anchor,
      default: false,
      readBy: 'chart',
      cli: 'accepted',
    }),
    skipStatus: bool({
      label: 'Skip status',
      description: 'Not read by the agent chart templates.',
      docsAnchor: anchor,
      default: false,
      readBy: 'none',
      cli: 'rejected',
    }),
    leaderElection: bool({
      label: 'Leader election',
      description: 'POLYAXON_LEADER_ELECTION plus a Role and RoleBinding with the fixed names leader-election-role and leader-election-rolebinding.',
      docsAnchor: anchor,
      default: false,
      readBy: 'chart',
      cli: 'rejected',
    }),
    ...imageKeys({ title: 'Operator', what: 'the operator container', image: 'polyaxon/polyaxon-operator', docsAnchor: anchor }),
    maxConcurrentReconciles: int(
      {
        label: 'Max concurrent reconciles',
        description: 'How many operations the operator reconciles at once (POLYAXON_MAX_CONCURRENT_RECONCILES).',
        docsAnchor: anchor,
        default: 8,
        readBy: 'chart',
        cli: 'rejected',
      },
      { min: 1 },
    ),
    resources: resourcesGroup(
      { title: 'Operator', what: 'the operator container', docsAnchor: anchor, limitedByLimitResources: true },
      { limits: { cpu: '200m', memory: '256Mi' }, requests: { cpu: '100m', memory: '50Mi' } },
    ),
    ...componentSchedulingKeys(operatorComponent),
    ...componentMetadataKeys(operatorComponent),
  },
  {
    label: 'Operator',
    description: 'The Polyaxon operator that runs the operations the agent creates.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);
