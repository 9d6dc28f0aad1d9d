import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { SECTIONS, type SectionDef } from '../../schema/sections';

interface ResetMenuListProps {
  anchor: HTMLElement;
  onClose: () => void;
  /** Changed keys per section id, and in all. */
  counts: ReadonlyMap<string, number>;
  total: number;
  onResetAll: () => void;
  onResetSection: (section: SectionDef) => void;
}

/** The open "Reset to defaults" menu: the whole form, or one section (with how many keys changed). */
export function ResetMenuList({ anchor, onClose, counts, total, onResetAll, onResetSection }: ResetMenuListProps) {
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      <MenuItem onClick={onResetAll} disabled={total === 0}>
        <ListItemText primary="Reset the whole form" secondary={total === 0 ? 'Nothing changed' : `${total} changed ${total === 1 ? 'key' : 'keys'}`} />
      </MenuItem>
      <Divider />
      {SECTIONS.map((s) => {
        const n = counts.get(s.id) ?? 0;
        return (
          <MenuItem key={s.id} onClick={() => onResetSection(s)} disabled={n === 0} dense>
            <ListItemText primary={`Reset “${s.title}”`} secondary={n === 0 ? undefined : `${n} changed`} />
          </MenuItem>
        );
      })}
    </Menu>
  );
}
