import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import ScopedCssBaseline from '@mui/material/ScopedCssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormContext } from 'react-hook-form';
import { SET_VALUES } from '../../core/embed/protocol';
import { readSetValues } from '../../core/embed/set-values';
import { isThemePreference, type ThemePreference } from '../../core/theme/preference';
import type { Values } from '../../core/values/types';
import { isChartVersion, LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { SECTIONS } from '../../schema/sections';
import { appTheme } from '../../ui/theme/app-theme';
import { useResolvedMode } from '../../ui/theme/theme-choice';
import { BuilderForm } from '../builder/builder-form';
import { ReleaseNameProvider } from '../helm-command/release-name';
import { EmbedView } from './embed-view';
import { remToPxPlugin } from './rem-to-px';
import { useChangeReport, type ChangeReport } from './use-change-report';

export interface MountOptions {
  /** Values to start from, in values.yaml form (merged onto the chart defaults). */
  initialValues?: Values;
  /** Section ids to show (e.g. ['ingress', 'dns']); all when absent. */
  sections?: string[];
  /** Called at start and after every change with the changed values and their YAML. */
  onChange?: (change: ChangeReport) => void;
  /** Chart release (default: the latest). */
  version?: string;
  /** Show the live values.yaml under the form (default true). */
  preview?: boolean;
  /** Colour theme: 'light' (default), 'dark', or 'system' (follows the reader's prefers-color-scheme). */
  theme?: ThemePreference;
}

export interface MountHandle {
  /** Replaces the form's values (values.yaml form, merged onto the chart defaults). */
  setValues(values: Values): void;
  /** Switches the colour theme: 'light', 'dark' or 'system'. */
  setTheme(theme: ThemePreference): void;
  /** Removes the builder and its styles from the element. */
  unmount(): void;
}

type Listener = (values: Values) => void;
type ThemeListener = (theme: ThemePreference) => void;

function checkTheme(theme: unknown): ThemePreference {
  if (!isThemePreference(theme)) throw new TypeError(`PolyaxonValuesBuilder: theme must be "light", "dark" or "system" (got ${JSON.stringify(theme)})`);
  return theme;
}

/** The form values for `values` (values.yaml form): read like a set-values message (guarded, migrated); throws when refused. */
function formValuesOf(values: unknown, version: string, what: string): Values {
  const read = readSetValues({ type: SET_VALUES, values }, version);
  if (!read.ok) throw new TypeError(`PolyaxonValuesBuilder: ${what} must be a map of plain values (no __proto__/constructor/prototype keys): ${read.reason}`);
  return read.formValues;
}

function ValuesBridge({ subscribe }: { subscribe: (l: Listener) => () => void }) {
  const { reset } = useFormContext<Values>();
  useEffect(() => subscribe((formValues) => reset(formValues)), [subscribe, reset]);
  return null;
}

function ChangeBridge({ onChange }: { onChange: (change: ChangeReport) => void }) {
  useChangeReport(onChange);
  return null;
}

interface ScriptEmbedProps {
  options: MountOptions;
  version: string;
  initial: Values;
  subscribe: (l: Listener) => () => void;
  subscribeTheme: (l: ThemeListener) => () => void;
  portal: HTMLElement;
  shadow: ShadowRoot;
}

function ScriptEmbed(props: ScriptEmbedProps) {
  const { options, version, initial, subscribe, subscribeTheme, portal, shadow } = props;
  const [cache] = useState(() => createCache({ key: 'pvb', container: shadow, stylisPlugins: [remToPxPlugin] }));
  const [preference, setPreference] = useState<ThemePreference>(options.theme ?? 'light');
  useEffect(() => subscribeTheme(setPreference), [subscribeTheme]);
  const mode = useResolvedMode(preference);
  const theme = useMemo(
    () =>
      createTheme(appTheme(mode), {
        components: {
          // Menus, popovers, dialogs and tooltips render inside the shadow root, so its styles apply to them.
          MuiPopover: { defaultProps: { container: portal } },
          MuiPopper: { defaultProps: { container: portal } },
          MuiModal: { defaultProps: { container: portal } },
        },
      }),
    [mode, portal],
  );
  const onChange = useRef(options.onChange);
  return (
    <CacheProvider value={cache}>
      <ThemeProvider theme={theme}>
        {/* Light: the page shows through. Dark: its own background, or light text would sit on the page's colour. */}
        <ScopedCssBaseline enableColorScheme sx={{ bgcolor: mode === 'dark' ? 'background.default' : 'transparent' }}>
          <BuilderForm version={version} initialValues={initial}>
            <ReleaseNameProvider>
              <ValuesBridge subscribe={subscribe} />
              {onChange.current && <ChangeBridge onChange={(change) => onChange.current?.(change)} />}
              <EmbedView sections={options.sections} preview={options.preview ?? true} />
            </ReleaseNameProvider>
          </BuilderForm>
        </ScopedCssBaseline>
      </ThemeProvider>
    </CacheProvider>
  );
}

/**
 * Renders the builder into `element` inside a shadow root: the page's CSS
 * does not reach it (inherited properties are reset at its root and `rem`
 * sizes are turned into px), and its styles (an Emotion cache whose container
 * is the shadow root) never reach the page.
 */
export function mount(element: Element, options: MountOptions = {}): MountHandle {
  if (!(element instanceof HTMLElement)) throw new TypeError('PolyaxonValuesBuilder.mount(element, options): element must be an HTML element');
  const version = options.version ?? LATEST_CHART_VERSION;
  if (!isChartVersion(version)) throw new TypeError(`PolyaxonValuesBuilder: unknown chart version "${String(options.version)}"`);
  const known = new Set(SECTIONS.map((s) => s.id));
  const sections = options.sections?.filter((s) => known.has(s));
  for (const s of options.sections ?? []) if (!known.has(s)) console.warn(`PolyaxonValuesBuilder: unknown section "${s}" ignored`);
  const initial = formValuesOf(options.initialValues ?? {}, version, 'initialValues');
  if (options.theme !== undefined) checkTheme(options.theme);

  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  const reset = document.createElement('div');
  // Inherited properties (color, font, line-height, …) stop here: the page's styles on the host element do not flow in.
  reset.setAttribute('style', 'all: initial; display: block;');
  const appRoot = document.createElement('div');
  const portal = document.createElement('div');
  reset.append(appRoot, portal);
  shadow.append(reset);

  const listeners = new Set<Listener>();
  const subscribe = (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const themeListeners = new Set<ThemeListener>();
  const subscribeTheme = (listener: ThemeListener) => {
    themeListeners.add(listener);
    return () => void themeListeners.delete(listener);
  };

  const root = createRoot(appRoot);
  root.render(
    <ScriptEmbed
      options={{ ...options, ...(sections && sections.length > 0 ? { sections } : { sections: undefined }) }}
      version={version}
      initial={initial}
      subscribe={subscribe}
      subscribeTheme={subscribeTheme}
      portal={portal}
      shadow={shadow}
    />,
  );
  let mounted = true;
  return {
    setValues(values) {
      if (!mounted) throw new Error('PolyaxonValuesBuilder: setValues after unmount');
      const formValues = formValuesOf(values, version, 'values');
      for (const l of listeners) l(formValues);
    },
    setTheme(theme) {
      if (!mounted) throw new Error('PolyaxonValuesBuilder: setTheme after unmount');
      const checked = checkTheme(theme);
      for (const l of themeListeners) l(checked);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
      shadow.replaceChildren();
    },
  };
}
