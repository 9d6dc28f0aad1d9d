import { useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { outputFor } from '../../core/output/output-values';
import type { OutputProfile } from '../../core/output/profile';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../core/values/types';
import { useChartVersion } from '../builder/builder-context';
import { namespaceOf } from '../builder/form-namespace';
import { useOutputSettings } from './output-settings';

/**
 * The form values computed for the shared output profile: the preview, the
 * download and the command panel all read this, so they show the same file.
 */
export function useOutput() {
  const { control } = useFormContext<Values>();
  const version = useChartVersion();
  const values = useDeferredValue(useWatch({ control }) as Values);
  const settings = useOutputSettings();
  const namespace = namespaceOf(values);
  const computed = useMemo(() => computeValues(values, version), [values, version]);
  const { variant, secretMode, release } = settings;
  const profile = useMemo<OutputProfile>(() => ({ variant, secretMode, release, namespace, version }), [variant, secretMode, release, namespace, version]);
  const output = useMemo(() => outputFor(computed, profile), [computed, profile]);
  return { computed, profile, output, settings };
}
