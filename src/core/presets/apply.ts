import { applyResets, type FieldReset } from '../autosave/reset';
import { existsWithAncestors, nodeById } from '../fields/node-index';
import { cloneValues, deepEqual, getPath, isPlainMap, type Values } from '../../shared/values';
import { isUnsetLeaf } from '../values/normalize';
import { CHART_VERSIONS } from '../../schema/chart-versions';
import { fieldDefault } from '../../schema/defaults';
import type { Preset } from './catalog';

/** One field a preset sets: its values path and the value it gets (undefined = unset). */
export type PresetField = FieldReset;

/** The fields an overlay sets: maps are walked down to the schema's fields; keys under no field are set as given. */
function overlayFields(overlay: Values, prefix: readonly string[] = []): PresetField[] {
  const out: PresetField[] = [];
  for (const [key, value] of Object.entries(overlay)) {
    const path = [...prefix, key];
    const node = nodeById(path.join('.'));
    if (node?.meta.kind === 'group' && isPlainMap(value)) out.push(...overlayFields(value, path));
    else out.push({ name: path.join('.'), value: value === null ? undefined : cloneValues(value) });
  }
  return out;
}

/** The fields of a preset with the ticked options (an option's field wins over the preset's). */
export function presetFields(preset: Preset, optionIds: readonly string[] = []): PresetField[] {
  const byName = new Map(overlayFields(preset.overlay).map((f) => [f.name, f]));
  for (const option of preset.options ?? []) {
    if (optionIds.includes(option.id)) for (const f of overlayFields(option.overlay)) byName.set(f.name, f);
  }
  return [...byName.values()];
}

/** Chart releases that have every field the preset (with all its options) sets. */
export function presetReleases(preset: Preset): string[] {
  const names = presetFields(
    preset,
    (preset.options ?? []).map((o) => o.id),
  ).map((f) => f.name);
  return CHART_VERSIONS.filter((v) =>
    names.every((name) => {
      const node = nodeById(name);
      return node !== undefined && existsWithAncestors(node, v);
    }),
  );
}

/** What applying a preset does to one field. */
interface PresetChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  /** The current value is the user's (not the chart default): applying overwrites an edit. */
  readonly overwritesEdit: boolean;
}

const effective = (v: unknown) => (isUnsetLeaf(v) ? undefined : v);

export interface PresetPlan {
  /** The form values with the preset applied. */
  readonly values: Values;
  /** The fields whose value changes (fields already at the preset's value are left out). */
  readonly changes: readonly PresetChange[];
}

/**
 * What applying `preset` (with the ticked options) to the form values does:
 * the new values and the list of fields that change, each marked when it
 * replaces a value the user set. Pure; `values` is not modified.
 */
export function planPreset(values: Values, version: string, preset: Preset, optionIds: readonly string[] = []): PresetPlan {
  const fields = presetFields(preset, optionIds);
  const changes: PresetChange[] = [];
  for (const f of fields) {
    const before = getPath(values, f.name.split('.'));
    if (deepEqual(effective(before), effective(f.value))) continue;
    const node = nodeById(f.name);
    const d = node?.meta.kind === 'field' ? fieldDefault(node.meta, version) : { present: false, value: undefined };
    const overwritesEdit = effective(before) !== undefined && !deepEqual(effective(before), effective(d.present ? d.value : undefined));
    changes.push({ path: f.name, before: cloneValues(before), after: cloneValues(f.value), overwritesEdit });
  }
  return { values: applyResets(values, fields), changes };
}
