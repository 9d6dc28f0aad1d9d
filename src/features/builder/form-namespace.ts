import type { Values } from '../../shared/values';
import { DEFAULT_RELEASE } from './default-release';

/** The namespace the commands target: the form's `namespace` value, else the chart's own default. */
const DEFAULT_NAMESPACE = 'polyaxon';

/** The release the commands (Helm and the Polyaxon CLI alike) target: the form's `releaseName` value, else the builder's default. */
export function releaseOf(values: Values): string {
  const name = values.releaseName;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : DEFAULT_RELEASE;
}

export function namespaceOf(values: Values): string {
  const ns = values.namespace;
  return typeof ns === 'string' && ns.trim() !== '' ? ns.trim() : DEFAULT_NAMESPACE;
}
