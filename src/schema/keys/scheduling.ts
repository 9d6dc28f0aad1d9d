import * as z from 'zod';
import { stringList, stringMap, structured, text, yamlValue } from '../fields';
import type { CliSupport } from '../meta';
import { DNS1123_SUBDOMAIN, LABEL_KEY } from '../patterns';
import { sub, type RowsMeta } from '../sub-fields';

/**
 * Pod scheduling and metadata: the global defaults (nodeSelector, tolerations,
 * affinity, labels, annotations, priorityClassName, imagePullSecrets) and the
 * per-component overrides that replace them when non-empty.
 */

const anchor = 'node-manipulation';

export const TOLERATION_OPERATORS = ['Exists', 'Equal'] as const;
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;

/** One Kubernetes toleration, with the API server's rules as refinements. */
export const tolerationSchema = z
  .strictObject({
    key: sub(z.string().regex(LABEL_KEY, 'A taint key such as dedicated or example.com/gpu'), {
      label: 'Key',
      description: 'The taint key the toleration matches; empty (with operator Exists) matches every taint.',
    }).optional(),
    operator: sub(z.enum(TOLERATION_OPERATORS, { error: 'Exists or Equal' }), {
      label: 'Operator',
      description: 'Equal matches the taint value; Exists matches any value.',
      unsetLabel: 'unset (Equal)',
    }).optional(),
    value: sub(z.string(), { label: 'Value', description: 'The taint value to match (operator Equal).' }).optional(),
    effect: sub(z.enum(TAINT_EFFECTS, { error: 'NoSchedule, PreferNoSchedule or NoExecute' }), {
      label: 'Effect',
      description: 'The taint effect to match; unset matches all effects.',
      unsetLabel: 'unset (all effects)',
    }).optional(),
    tolerationSeconds: sub(z.number({ error: 'A whole number of seconds' }).int('A whole number of seconds'), {
      label: 'Toleration seconds',
      description: 'With effect NoExecute: how long the pod stays bound after the taint appears (unset: forever).',
    }).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.operator === 'Exists' && t.value !== undefined && t.value !== '') {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'A toleration with operator Exists must not have a value' });
    }
    if ((t.key === undefined || t.key === '') && t.operator !== 'Exists') {
      ctx.addIssue({ code: 'custom', path: ['operator'], message: 'A toleration without a key must use operator Exists' });
    }
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      ctx.addIssue({ code: 'custom', path: ['tolerationSeconds'], message: 'tolerationSeconds is only allowed with effect NoExecute' });
    }
  });

const stringArray = z.array(z.string());

function selectorRequirement<const T extends readonly [string, ...string[]]>(operators: T) {
  return z.strictObject({ key: z.string().min(1, 'A key'), operator: z.enum(operators), values: stringArray.optional() }).superRefine((r, ctx) => {
    const values = r.values ?? [];
    if ((r.operator === 'In' || r.operator === 'NotIn') && values.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `Operator ${r.operator} needs at least one value` });
    }
    if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && values.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `Operator ${r.operator} takes no values` });
    }
    if ((r.operator === 'Gt' || r.operator === 'Lt') && (values.length !== 1 || !/^-?\d+$/.test(values[0] ?? ''))) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `Operator ${r.operator} needs exactly one integer value` });
    }
  });
}

const labelSelector = z.strictObject({
  matchLabels: z.record(z.string(), z.string()).optional(),
  matchExpressions: z.array(selectorRequirement(['In', 'NotIn', 'Exists', 'DoesNotExist'])).optional(),
});

const podAffinityTerm = z.strictObject({
  labelSelector: labelSelector.optional(),
  namespaceSelector: labelSelector.optional(),
  namespaces: stringArray.optional(),
  topologyKey: z.string().min(1, 'A topologyKey such as kubernetes.io/hostname'),
  matchLabelKeys: stringArray.optional(),
  mismatchLabelKeys: stringArray.optional(),
});

const weight = z.number().int().min(1, 'Weight 1-100').max(100, 'Weight 1-100');

const podAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.array(podAffinityTerm).optional(),
  preferredDuringSchedulingIgnoredDuringExecution: z.array(z.strictObject({ weight, podAffinityTerm })).optional(),
});

const nodeSelectorTerm = z.strictObject({
  matchExpressions: z.array(selectorRequirement(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'])).optional(),
  matchFields: z.array(selectorRequirement(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'])).optional(),
});

const nodeAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.strictObject({ nodeSelectorTerms: z.array(nodeSelectorTerm).min(1) }).optional(),
  preferredDuringSchedulingIgnoredDuringExecution: z.array(z.strictObject({ weight, preference: nodeSelectorTerm })).optional(),
});

/** A Kubernetes Affinity: nodeAffinity, podAffinity and podAntiAffinity (unknown keys rejected). */
export function affinitySchema() {
  return z.strictObject({
    nodeAffinity: nodeAffinity.optional(),
    podAffinity: podAffinity.optional(),
    podAntiAffinity: podAffinity.optional(),
  });
}

/** The chart's default affinity (values.yaml): it matches a `type` label no chart pod carries. */
export const DEFAULT_AFFINITY = {
  podAffinity: {
    preferredDuringSchedulingIgnoredDuringExecution: [
      {
        weight: 100,
        podAffinityTerm: {
          labelSelector: { matchExpressions: [{ key: 'type', operator: 'In', values: ['polyaxon-core'] }] },
          topologyKey: 'kubernetes.io/hostname',
        },
      },
    ],
  },
};

const imagePullSecretName = z.string().regex(DNS1123_SUBDOMAIN, 'A Secret name (lower-case DNS subdomain)');

function tolerations() {
  return z.array(tolerationSchema);
}

/** A tolerations list's rows. */
const TOLERATION_ROWS: RowsMeta = { noun: 'toleration', emptyText: 'No tolerations.', newItem: {} };

/** Global pod metadata and scheduling, in values.yaml order. */
export const globalMetadataKeys = {
  labels: stringMap({
    label: 'Pod labels',
    description: 'Global additional labels for all pods created by this helm chart unless per service customization is set (agent, gateway, operator and the clean-up hook).',
    docsAnchor: anchor,
    default: {},
    readBy: 'chart',
    cli: 'accepted',
  }),
  annotations: stringMap({
    label: 'Pod annotations',
    description: 'Global additional annotations for all pods created by this helm chart unless per service customization is set (agent, gateway, operator and the clean-up hook).',
    docsAnchor: anchor,
    default: {},
    readBy: 'chart',
    cli: 'accepted',
  }),
  priorityClassName: text({
    label: 'Priority class name',
    description: 'Global priorityClassName for all pods created by this helm chart unless per service customization is set.',
    docsAnchor: anchor,
    default: '',
    readBy: 'chart',
    cli: 'accepted',
  }),
};

export const globalSchedulingKeys = {
  nodeSelector: stringMap({
    label: 'Node selector',
    description: 'Node selector for core pod assignment.',
    docsAnchor: anchor,
    default: {},
    readBy: 'chart',
    cli: 'accepted',
  }),
  tolerations: structured(tolerations(), 'objectList', {
    rows: TOLERATION_ROWS,
    label: 'Tolerations',
    description: 'Tolerations for core pod assignment.',
    docsAnchor: anchor,
    default: [],
    readBy: 'chart',
    cli: 'accepted',
  }),
  affinity: yamlValue(affinitySchema(), {
    label: 'Affinity',
    description: 'Affinity for core pod assignment.',
    docsAnchor: anchor,
    default: DEFAULT_AFFINITY,
    readBy: 'chart',
    cli: 'accepted',
    docs: {
      note: 'The docs say this default keeps the core components on one node, but it matches the label type=polyaxon-core, which no chart pod carries; the pods carry app.kubernetes.io/part-of: polyaxon-core.',
    },
    warning: 'The default affinity has no effect: no chart pod has the label type=polyaxon-core. To co-locate the pods, match app.kubernetes.io/part-of: polyaxon-core instead, or clear it.',
  }),
};

export const globalImagePullSecretsKey = {
  imagePullSecrets: stringList(
    {
      label: 'Image pull secrets',
      description: 'Default image pull secrets for the chart pods; also the default pull secrets of the runs (POLYAXON_AGENT_DEFAULT_IMAGE_PULL_SECRETS).',
      docsAnchor: anchor,
      default: [],
      readBy: 'chart',
      cli: 'accepted',
    },
    imagePullSecretName,
  ),
};

export interface ScheduledComponent {
  /** Label prefix, e.g. `Agent`. */
  readonly title: string;
  /** What the override applies to, e.g. `the agent pod and the clean-up hook`. */
  readonly what: string;
  /** Whether the CLI accepts the labels/annotations/priorityClassName overrides. */
  readonly metadataCli: CliSupport;
  /** Extra sentence for the scheduling keys (e.g. the agent's default scheduling for runs). */
  readonly schedulingNote?: string;
  /** Extra sentence for imagePullSecrets. */
  readonly pullSecretsNote?: string;
}

function overrideText(key: string, c: ScheduledComponent, note?: string): string {
  return `${key} for ${c.what}; when non-empty it replaces the global ${key} (an empty value falls back to the global one).${note ? ` ${note}` : ''}`;
}

/** nodeSelector, tolerations, affinity and imagePullSecrets of one component (CLI BaseServiceConfig). */
export function componentSchedulingKeys(c: ScheduledComponent) {
  const common = { docsAnchor: anchor, readBy: 'chart', cli: 'accepted' } as const;
  return {
    nodeSelector: stringMap({ ...common, label: `${c.title} node selector`, description: overrideText('nodeSelector', c, c.schedulingNote) }),
    tolerations: structured(tolerations(), 'objectList', {
      rows: TOLERATION_ROWS,
      ...common,
      label: `${c.title} tolerations`,
      description: overrideText('tolerations', c, c.schedulingNote),
    }),
    affinity: yamlValue(affinitySchema(), { ...common, label: `${c.title} affinity`, description: overrideText('affinity', c, c.schedulingNote) }),
    imagePullSecrets: stringList({ ...common, label: `${c.title} image pull secrets`, description: overrideText('imagePullSecrets', c, c.pullSecretsNote) }, imagePullSecretName),
  };
}

/** labels, annotations and priorityClassName of one component (read by the chart; the CLI rejects them). */
export function componentMetadataKeys(c: ScheduledComponent) {
  const common = { docsAnchor: anchor, readBy: 'chart', cli: c.metadataCli } as const;
  return {
    labels: stringMap({ ...common, label: `${c.title} labels`, description: overrideText('labels', c) }),
    annotations: stringMap({ ...common, label: `${c.title} annotations`, description: overrideText('annotations', c) }),
    priorityClassName: text({ ...common, label: `${c.title} priority class`, description: overrideText('priorityClassName', c) }),
  };
}
