import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { createContext, useContext, useLayoutEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { resolveThemeMode, type ThemeMode, type ThemePreference } from '../../core/theme/preference';
import { appTheme } from './app-theme';
import { PALETTES } from './palette';
import { getStoredTheme, setStoredTheme, subscribeStoredTheme } from './stored-theme';
import { useSystemDark } from './system-dark';

export interface ThemeChoice {
  preference: ThemePreference;
  /** The theme shown (the system's when the preference is 'system'). */
  mode: ThemeMode;
  setPreference: (preference: ThemePreference) => void;
}

const ThemeChoiceContext = createContext<ThemeChoice | null>(null);

/** The theme choice and the mode shown; null outside a themed root. */
export function useThemeChoice(): ThemeChoice | null {
  return useContext(ThemeChoiceContext);
}

/** The theme for a preference, following the system setting live when it is 'system'. */
export function useResolvedMode(preference: ThemePreference): ThemeMode {
  return resolveThemeMode(preference, useSystemDark());
}

interface ThemedPageProps {
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
  children: ReactNode;
}

/**
 * A whole page in the chosen theme: MUI theme, CssBaseline, and the page's
 * own colour-scheme and background (index.html's first-paint script sets
 * them before the app loads, so a dark choice never flashes white).
 */
export function ThemedPage({ preference, setPreference, children }: ThemedPageProps) {
  const mode = useResolvedMode(preference);
  const choice = useMemo(() => ({ preference, mode, setPreference }), [preference, mode, setPreference]);
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    root.colorScheme = mode;
    root.backgroundColor = PALETTES[mode].background.default;
  }, [mode]);
  return (
    <ThemeChoiceContext.Provider value={choice}>
      <ThemeProvider theme={appTheme(mode)}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </ThemeChoiceContext.Provider>
  );
}

/** The choice remembered in this browser (localStorage). */
export function useStoredThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribeStoredTheme, getStoredTheme, () => 'system' as const);
}

/** The app's page: the theme the user chose in this browser. */
export function StoredThemePage({ children }: { children: ReactNode }) {
  const preference = useStoredThemePreference();
  return (
    <ThemedPage preference={preference} setPreference={setStoredTheme}>
      {children}
    </ThemedPage>
  );
}
