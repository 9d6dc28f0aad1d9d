import type { SuggestFrom } from '../../../schema/sub-fields';
import { useSuggestions } from './use-suggestions';

/** The <datalist> of an input's suggestions (its `list` attribute names `id`); only inputs with a schema `suggest` render one. */
export function Suggestions({ id, suggest }: { id: string; suggest: SuggestFrom }) {
  const values = useSuggestions(suggest);
  return <SuggestionList id={id} values={values} />;
}

export function SuggestionList({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}
