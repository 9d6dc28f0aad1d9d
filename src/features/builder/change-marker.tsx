import { Undo } from '../../ui/light-icons';
import { IconButton } from '../../ui/light-button';
import { Tooltip } from '../../ui/deferred-mui';
import { memo, useCallback } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { fieldResets } from '../../core/autosave/reset';
import { isFieldChanged } from '../../core/changes/changes';
import type { Values } from '../../shared/values';
import type { FieldNode } from '../../schema/walk';
import { useChartVersion } from './builder-context';

/**
 * Sets one field back to the chart default of the selected release: a single
 * react-hook-form setValue on the field's path (what undo history records).
 */
export function useResetField(): (node: FieldNode) => void {
  const version = useChartVersion();
  const { setValue } = useFormContext<Values>();
  return useCallback(
    (node: FieldNode) => {
      const [reset] = fieldResets([node], version);
      setValue(node.id, reset?.value, { shouldDirty: true, shouldTouch: true });
    },
    [setValue, version],
  );
}

/**
 * "Changed" and a reset button beside a field's label while its value differs
 * from the chart default; nothing otherwise. Subscribes to its field's value only.
 */
export const ChangeMarker = memo(function ChangeMarker({ node, label, inputId }: { node: FieldNode; label: string; inputId: string }) {
  const version = useChartVersion();
  const { control } = useFormContext<Values>();
  const value: unknown = useWatch({ control, name: node.id });
  // Typing re-renders this component only: the chip and the reset button render when "changed" flips.
  return isFieldChanged(node.meta, value, version) ? <Changed node={node} label={label} inputId={inputId} /> : null;
});

const Changed = memo(function Changed({ node, label, inputId }: { node: FieldNode; label: string; inputId: string }) {
  const resetField = useResetField();
  return (
    <>
      <span className="vb-chip" data-color="primary" data-changed={node.id} title="Differs from the chart default">
        Changed
      </span>
      <Tooltip title="Reset to the chart default">
        <IconButton
          size="small"
          aria-label={`Reset ${label} to the chart default`}
          onClick={() => {
            resetField(node);
            // The button goes away with the change: keep the focus on the field.
            document.getElementById(inputId)?.focus();
          }}
          sx={{ p: 0.25 }}
        >
          <Undo sx={{ fontSize: 16 }} />
        </IconButton>
      </Tooltip>
    </>
  );
});
