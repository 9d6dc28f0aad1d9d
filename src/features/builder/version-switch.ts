import { helmMerge } from '../../core/values/helm-merge';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';
import { chartDefaults } from '../../schema/defaults';

/** Form values for release `to` that keep what the user changed under release `from`. */
export function carryOverValues(formValues: Values, from: string, to: string): Values {
  const { changed } = computeValues(formValues, from);
  return helmMerge(chartDefaults(to), changed);
}
