import type { K8sObject } from './objects';

/** How the Manifests view groups objects, in this order. */
export interface KindGroup {
  readonly id: string;
  readonly title: string;
  readonly kinds: readonly string[];
  /** Shown collapsed (large and independent of the values: the CRDs). */
  readonly collapsed?: boolean;
}

export const KIND_GROUPS: readonly KindGroup[] = [
  { id: 'deployments', title: 'Deployments', kinds: ['Deployment'] },
  { id: 'services', title: 'Services', kinds: ['Service'] },
  { id: 'ingresses', title: 'Ingress', kinds: ['Ingress'] },
  { id: 'configmaps', title: 'ConfigMaps', kinds: ['ConfigMap'] },
  { id: 'secrets', title: 'Secrets', kinds: ['Secret'] },
  { id: 'rbac', title: 'RBAC', kinds: ['ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'] },
  { id: 'autoscaling', title: 'Autoscaling', kinds: ['HorizontalPodAutoscaler'] },
  { id: 'hooks', title: 'Hooks (Jobs run by Helm)', kinds: ['Job'] },
  { id: 'crds', title: 'CustomResourceDefinitions', kinds: ['CustomResourceDefinition'], collapsed: true },
];

const OTHER: KindGroup = { id: 'other', title: 'Other objects', kinds: [] };

export interface GroupedObjects {
  readonly group: KindGroup;
  readonly objects: readonly K8sObject[];
}

/** Objects by group (groups without objects left out), in the order of KIND_GROUPS, then anything else. */
export function groupObjects(objects: readonly K8sObject[]): GroupedObjects[] {
  const byGroup = new Map<KindGroup, K8sObject[]>();
  for (const o of objects) {
    const group = KIND_GROUPS.find((g) => g.kinds.includes(o.kind)) ?? OTHER;
    const list = byGroup.get(group) ?? [];
    list.push(o);
    byGroup.set(group, list);
  }
  return [...KIND_GROUPS, OTHER].flatMap((group) => {
    const list = byGroup.get(group);
    return list ? [{ group, objects: list }] : [];
  });
}
