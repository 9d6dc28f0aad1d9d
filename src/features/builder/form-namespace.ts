import type { Values } from '../../core/values/types';

/** The namespace the commands target: the form's `namespace` value, else the chart's own default. */
export const DEFAULT_NAMESPACE = 'polyaxon';

export function namespaceOf(values: Values): string {
  const ns = values.namespace;
  return typeof ns === 'string' && ns.trim() !== '' ? ns.trim() : DEFAULT_NAMESPACE;
}
