import { chartDefaults } from '../../schema/defaults';
import { helmMerge } from './helm-merge';
import { normalizeValues } from './normalize';
import { orderBySchema } from './order';
import { helmOverlay } from './overlay';
import type { Values } from '../../shared/values';

/**
 * From what the form holds to what we write: `changed` is the overlay that
 * Helm merges onto the chart's defaults (only what differs), `full` is the
 * merged result Helm will render with. Both follow schema order.
 */
export function computeValues(formValues: Values, version: string): { changed: Values; full: Values } {
  const defaults = chartDefaults(version);
  const desired = normalizeValues(formValues);
  const changed = orderBySchema(helmOverlay(defaults, desired));
  const full = orderBySchema(helmMerge(defaults, changed));
  return { changed, full };
}
