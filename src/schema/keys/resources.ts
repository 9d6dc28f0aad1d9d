import { group, quantity } from '../fields';
import type { CliSupport, VersionedDefault } from '../meta';

type QuantityDefault = string | VersionedDefault;

export interface ResourceDefaults {
  readonly limits: { readonly cpu: QuantityDefault; readonly memory: QuantityDefault };
  readonly requests: { readonly cpu: QuantityDefault; readonly memory: QuantityDefault };
}

export interface ResourceOwner {
  /** Label prefix, e.g. `Gateway`. */
  readonly title: string;
  /** The container, e.g. `the gateway container`. */
  readonly what: string;
  readonly docsAnchor: string;
  readonly cli?: CliSupport;
  /** Whether `limitResources: false` drops the limits (agent, gateway and operator only). */
  readonly limitedByLimitResources?: boolean;
}

/** A Kubernetes `resources` block with cpu/memory limits and requests, each a quantity. */
export function resourcesGroup(owner: ResourceOwner, defaults: ResourceDefaults) {
  const common = { docsAnchor: owner.docsAnchor, readBy: 'chart', cli: owner.cli ?? 'accepted' } as const;
  const limitNote = owner.limitedByLimitResources ? ' Applied only when limitResources is true.' : '';
  const bound = (kind: 'limits' | 'requests') => {
    const word = kind === 'limits' ? 'limit' : 'request';
    const note = kind === 'limits' ? limitNote : '';
    return group(
      {
        cpu: quantity({
          ...common,
          label: `${owner.title} CPU ${word}`,
          description: `CPU ${word} of ${owner.what} (e.g. 500m or 2).${note}`,
          default: defaults[kind].cpu,
          placeholder: '500m',
        }),
        memory: quantity({
          ...common,
          label: `${owner.title} memory ${word}`,
          description: `Memory ${word} of ${owner.what} (e.g. 512Mi or 2Gi).${note}`,
          default: defaults[kind].memory,
          placeholder: '512Mi',
        }),
      },
      {
        ...common,
        label: `${owner.title} resource ${kind}`,
        description: `Resource ${kind} of ${owner.what}.${note}`,
      },
    );
  };
  return group(
    { limits: bound('limits'), requests: bound('requests') },
    {
      ...common,
      label: `${owner.title} resources`,
      description: `Kubernetes resources (limits and requests) of ${owner.what}.`,
      ...(owner.limitedByLimitResources ? { limitsAppliedWhen: 'limitResources' } : {}),
    },
  );
}
