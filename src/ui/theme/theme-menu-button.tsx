import { IconButton } from '../light-button';
import { DarkMode, LightMode, SettingsBrightness } from '../light-icons';
import { Suspense, useState } from 'react';
import { themeStatusText } from '../../core/theme/preference';
import { Tooltip } from '../deferred-mui';
import { lazyComponent } from '../lazy-load';
import { useThemeChoice } from './theme-choice';

// The menu (MUI Menu, Popover, Modal) loads when it is first opened.
const ThemeMenuList = lazyComponent(() => import('./theme-menu-list'), 'ThemeMenuList');

const ICONS = { system: SettingsBrightness, light: LightMode, dark: DarkMode } as const;

/** The header's theme control: says the current choice and opens System / Light / Dark. Nothing outside a themed page. */
export function ThemeMenuButton() {
  const choice = useThemeChoice();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!choice) return null;
  const status = themeStatusText(choice.preference, choice.mode);
  const Icon = ICONS[choice.preference];
  return (
    <>
      <Tooltip title={status}>
        <IconButton
          size="small"
          aria-label={status}
          aria-haspopup="menu"
          aria-expanded={anchor ? 'true' : 'false'}
          onClick={(e) => setAnchor(e.currentTarget)}
          data-testid="theme-button"
          data-mode={choice.mode}
        >
          <Icon fontSize="small" />
        </IconButton>
      </Tooltip>
      {anchor && (
        <Suspense fallback={null}>
          <ThemeMenuList
            anchor={anchor}
            preference={choice.preference}
            onClose={() => setAnchor(null)}
            onChoose={(p) => {
              choice.setPreference(p);
              setAnchor(null);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
