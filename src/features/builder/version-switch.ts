import type { Values } from '../../core/values/types';
import { switchVersion } from '../../core/versions/switch-version';

/** Form values for release `to` that keep what the user changed under release `from` (core/versions/switch-version); the values as they are when refused. */
export function carryOverValues(formValues: Values, from: string, to: string): Values {
  const switched = switchVersion(formValues, from, to);
  return switched.ok ? switched.formValues : formValues;
}
