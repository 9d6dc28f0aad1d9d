import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { TAINT_EFFECTS, TOLERATION_OPERATORS } from '../../../schema/keys/scheduling';
import { IntegerInput } from '../../../ui/integer-input';
import { SelectInput } from '../../../ui/select-input';
import { ListField } from './list-field';
import { mapOf, withKey } from './object-edit';
import { asText } from './use-field';
import type { WidgetProps } from './widget-props';

const SUBKEYS = ['key', 'operator', 'value', 'effect', 'tolerationSeconds'];

export function TolerationsWidget(props: WidgetProps) {
  return (
    <ListField
      widget={props}
      noun="toleration"
      emptyText="No tolerations."
      newItem={() => ({})}
      shownInRow={() => SUBKEYS}
      renderRow={({ item, path: p, update, state }) => {
        const row = mapOf(item);
        const set = (key: string, value: unknown) => update(withKey(row, key, value));
        return (
          <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', sm: '1.4fr 1fr 1fr' } }}>
            <TextField name={`${p}.key`} label="Key" value={asText(row.key)} onChange={(e) => set('key', e.target.value)} {...state('key')} />
            <SelectInput
              name={`${p}.operator`}
              label="Operator"
              value={asText(row.operator)}
              options={[{ value: '', label: 'unset (Equal)' }, ...TOLERATION_OPERATORS.map((o) => ({ value: o, label: o }))]}
              onValueChange={(v) => set('operator', v)}
              {...state('operator')}
            />
            <TextField name={`${p}.value`} label="Value" value={asText(row.value)} onChange={(e) => set('value', e.target.value)} {...state('value')} />
            <SelectInput
              name={`${p}.effect`}
              label="Effect"
              value={asText(row.effect)}
              options={[{ value: '', label: 'unset (all effects)' }, ...TAINT_EFFECTS.map((o) => ({ value: o, label: o }))]}
              onValueChange={(v) => set('effect', v)}
              {...state('effect')}
            />
            <IntegerInput
              name={`${p}.tolerationSeconds`}
              label="Toleration seconds"
              value={row.tolerationSeconds}
              onValueChange={(v) => set('tolerationSeconds', v)}
              {...state('tolerationSeconds')}
            />
          </Box>
        );
      }}
    />
  );
}
