import { effectiveCli, effectiveReadBy } from '../../core/fields/node-index';
import type { FieldNode } from '../../schema/walk';

interface ChipDef {
  label: string;
  title: string;
  color: 'default' | 'info' | 'secondary' | 'warning';
}

function chipsFor(node: FieldNode): ChipDef[] {
  const out: ChipDef[] = [];
  const readBy = effectiveReadBy(node);
  const cli = effectiveCli(node);
  if (readBy === 'cli') out.push({ label: 'CLI-only', title: 'Only the Polyaxon CLI reads this key; the chart templates ignore it.', color: 'info' });
  if (readBy === 'none') out.push({ label: 'Unused', title: 'Neither the chart templates nor the CLI read this key.', color: 'default' });
  if (cli === 'rejected') out.push({ label: 'Helm-only', title: 'polyaxon admin deploy rejects this key: install with helm.', color: 'secondary' });
  // A known chart defect: the info button tells it in full; a rule reports it as a problem once the values trigger it.
  if (node.meta.warning !== undefined) out.push({ label: 'Chart note', title: node.meta.warning, color: 'warning' });
  return out;
}

/** Small chips saying who reads a key ("CLI-only", "Helm-only"); the info popover says it in words too. */
export function FieldChips({ node }: { node: FieldNode }) {
  const chips = chipsFor(node);
  return (
    <>
      {chips.map((c) => (
        <span key={c.label} className="vb-chip" data-color={c.color} title={c.title}>
          {c.label}
        </span>
      ))}
    </>
  );
}
