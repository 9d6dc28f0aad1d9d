import { bool, group } from '../fields';
import { byVersion } from '../meta';

/**
 * Extra operators (Kubeflow, Dask, Ray): each switch lets the agent run that
 * workload kind and grants the Polyaxon operator RBAC on its API group. The
 * operators themselves are not installed by this chart.
 */

const anchor = 'agent-configuration';

interface Switch {
  readonly label: string;
  readonly description: string;
  readonly since: string;
  readonly until?: string;
}

function operatorSwitch(s: Switch) {
  const current = s.until === undefined;
  return bool({
    label: s.label,
    description: s.description,
    docsAnchor: anchor,
    default: false,
    since: s.since,
    ...(current ? {} : { until: s.until }),
    readBy: 'chart',
    cli: current ? 'accepted' : 'rejected',
  });
}

const retired = (name: string, kind: string): Switch => ({
  label: name,
  description: `Enable ${kind} workloads (chart releases up to 2.11.1; dropped in 2.12.0).`,
  since: '2.1.1',
  until: '2.11.1',
});

export const operatorsGroup = group(
  {
    tfjob: operatorSwitch({
      label: 'TFJob',
      description: 'Enable Kubeflow TFJob workloads (POLYAXON_TFJOB_ENABLED) and RBAC on kubeflow.org.',
      since: '2.1.1',
    }),
    pytorchjob: operatorSwitch({
      label: 'PyTorchJob',
      description: 'Enable Kubeflow PyTorchJob workloads (POLYAXON_PYTORCH_JOB_ENABLED) and RBAC on kubeflow.org.',
      since: '2.1.1',
    }),
    paddlejob: operatorSwitch(retired('PaddleJob', 'Kubeflow PaddleJob')),
    xgbjob: operatorSwitch(retired('XGBoostJob', 'Kubeflow XGBoostJob')),
    mxjob: operatorSwitch(retired('MXJob', 'Kubeflow MXJob')),
    mpijob: operatorSwitch({
      label: 'MPIJob',
      description: 'Enable Kubeflow MPIJob workloads (POLYAXON_MPIJOB_ENABLED) and RBAC on kubeflow.org.',
      since: '2.1.1',
    }),
    sparkjob: operatorSwitch(retired('SparkJob', 'Spark')),
    daskjob: operatorSwitch(retired('DaskJob', 'Dask job')),
    rayjob: operatorSwitch(retired('RayJob', 'Ray job')),
    daskcluster: operatorSwitch({
      label: 'Dask cluster',
      description: 'Enable Dask cluster workloads (POLYAXON_DASK_CLUSTER_ENABLED) and RBAC on kubernetes.dask.org.',
      since: '2.12.0',
    }),
    raycluster: operatorSwitch({
      label: 'Ray cluster',
      description: 'Enable Ray cluster workloads (POLYAXON_RAY_CLUSTER_ENABLED) and RBAC on ray.io.',
      since: '2.12.0',
    }),
  },
  {
    label: 'Operators',
    description: 'Workload operators (Kubeflow, Dask, Ray) the agent may use; install the operators themselves separately.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
    emptyDefault: byVersion([
      ['2.0.0', true],
      ['2.1.1', false],
    ]),
  },
);
