import * as z from 'zod';
import { deploymentKeys } from './keys/deployment';
import { ingressGroup } from './keys/ingress';
import { namespaceKeys } from './keys/namespace';

/**
 * The one schema of the chart's values: every key the agent chart (or the
 * Polyaxon CLI) reads, in output order. Each key's docs, defaults and widget
 * live next to it in src/schema/keys/.
 */
export const valuesSchema = z.object({
  ...deploymentKeys,
  ...namespaceKeys,
  ingress: ingressGroup,
});

export type ValuesInput = z.input<typeof valuesSchema>;
