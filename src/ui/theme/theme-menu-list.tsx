import Check from '@mui/icons-material/Check';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { THEME_PREFERENCES, themePreferenceLabel, type ThemePreference } from '../../core/theme/preference';

const HINTS: Record<ThemePreference, string> = {
  system: 'Follows your system setting',
  light: 'Always light',
  dark: 'Always dark',
};

interface ThemeMenuListProps {
  anchor: HTMLElement;
  preference: ThemePreference;
  onClose: () => void;
  onChoose: (preference: ThemePreference) => void;
}

/** The open theme menu: System, Light, Dark, the current one checked (menuitemradio). */
export function ThemeMenuList({ anchor, preference, onClose, onChoose }: ThemeMenuListProps) {
  return (
    <Menu anchorEl={anchor} open onClose={onClose} slotProps={{ list: { 'aria-label': 'Colour theme' } }}>
      {THEME_PREFERENCES.map((p) => (
        <MenuItem key={p} role="menuitemradio" aria-checked={p === preference} selected={p === preference} onClick={() => onChoose(p)}>
          <ListItemIcon>{p === preference ? <Check fontSize="small" /> : null}</ListItemIcon>
          <ListItemText primary={themePreferenceLabel(p)} secondary={HINTS[p]} />
        </MenuItem>
      ))}
    </Menu>
  );
}
