import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { suggestionValues } from '../../../core/fields/sub-field-props';
import type { Values } from '../../../core/values/types';
import type { SuggestFrom } from '../../../schema/sub-fields';

/** The texts an input offers (the schema's `suggest`): subscribes to that one values path only. */
export function useSuggestions(suggest: SuggestFrom): readonly string[] {
  const { control } = useFormContext<Values>();
  const value = useWatch({ control, name: suggest.path });
  return useMemo(() => suggestionValues(value, suggest.itemKey), [value, suggest]);
}
