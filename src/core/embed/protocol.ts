import { isChartVersion } from '../../schema/chart-versions';
import { isThemePreference, type ThemePreference } from '../theme/preference';
import { guardData } from '../ingest/guard-data';
import { FORBIDDEN_KEYS, isPlainMap, type Values } from '../../shared/values';

/**
 * The postMessage protocol between an embedded builder (iframe) and the page
 * that embeds it. Every message is a plain object whose `type` starts with
 * MESSAGE_PREFIX.
 *
 * From the builder to the page:
 *   {type: 'polyaxon-values-builder:change', version, values, yaml, masked}
 *        values = only what differs from the chart defaults (the values.yaml
 *        the preview shows), yaml = that text, both with every secret value
 *        masked (core/secrets; `masked` lists where). It still says what the
 *        user configures, so it is sent ONLY to the origin the page
 *        declared with `&origin=`; without it, no change messages are sent.
 *   {type: 'polyaxon-values-builder:height', height}
 *        the document height in CSS pixels, for sizing the iframe. It says
 *        nothing about the values, so it goes to `&origin=` when given and to
 *        any parent ("*") otherwise.
 * From the page to the builder:
 *   {type: 'polyaxon-values-builder:set-values', values, version?}
 *        replaces the form: `values` in values.yaml form, merged onto the
 *        chart defaults. Accepted only from the parent window and only when
 *        the sender's origin is on the `&allow=` list; anything else is ignored.
 *   {type: 'polyaxon-values-builder:set-theme', theme: 'light' | 'dark' | 'system'}
 *        switches the colour theme (as `&theme=`), with the same checks as
 *        set-values: from the parent window and an `&allow=` origin only.
 */
const MESSAGE_PREFIX = 'polyaxon-values-builder:';
export const CHANGE = `${MESSAGE_PREFIX}change` as const;
export const HEIGHT = `${MESSAGE_PREFIX}height` as const;
export const SET_VALUES = `${MESSAGE_PREFIX}set-values` as const;
export const SET_THEME = `${MESSAGE_PREFIX}set-theme` as const;

interface ChangeMessage {
  type: typeof CHANGE;
  version: string;
  values: Values;
  yaml: string;
  /** Where secret values were masked (e.g. `agent.token`). */
  masked: readonly string[];
}
interface HeightMessage {
  type: typeof HEIGHT;
  height: number;
}
export type OutgoingMessage = ChangeMessage | HeightMessage;

export interface SetValuesMessage {
  type: typeof SET_VALUES;
  values: Values;
  version?: string;
}

export interface SetThemeMessage {
  type: typeof SET_THEME;
  theme: ThemePreference;
}

/** What the iframe's address configures: `?embed&sections=…&origin=…&allow=…&version=…&theme=…`. */
export interface EmbedConfig {
  /** Section ids to show, in the page's order; undefined = all. */
  sections?: string[];
  /** The embedding page's origin: where change messages go. */
  targetOrigin?: string;
  /** Origins whose set-values messages are accepted. */
  allow: string[];
  /** Chart release to start with. */
  version?: string;
  /** Colour theme (`&theme=light|dark|system`); the embed is light when absent. */
  theme?: ThemePreference;
  /** Parameters that were ignored, with why (shown to the embedder in the console). */
  ignored: string[];
}

/**
 * An http(s) origin in canonical form (`https://docs.example.com`,
 * `http://127.0.0.1:4174`), or undefined for anything else: `*`, `null`,
 * other schemes, or text with a path, query, fragment or credentials.
 */
export function normalizeOrigin(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/' || /^https?:\/\/[^/]+\/.+/i.test(trimmed)) return undefined;
  // Host names and IP literals only: no wildcards or other characters URL() lets through.
  if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return undefined;
  return url.origin;
}

export function isAllowedOrigin(origin: string, allow: readonly string[]): boolean {
  const normalized = normalizeOrigin(origin);
  return normalized !== undefined && allow.includes(normalized);
}

/** The embed configuration of a page address's query, or undefined when it has no `embed` parameter. */
export function parseEmbedConfig(search: string, knownSections: readonly string[]): EmbedConfig | undefined {
  const params = new URLSearchParams(search);
  if (!params.has('embed')) return undefined;
  const ignored: string[] = [];
  const config: EmbedConfig = { allow: [], ignored };

  const sections = params.get('sections');
  if (sections !== null) {
    const wanted = sections
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const known = wanted.filter((s) => knownSections.includes(s));
    for (const s of wanted) if (!knownSections.includes(s)) ignored.push(`sections: unknown section "${s}"`);
    if (known.length > 0) config.sections = [...new Set(known)];
  }

  const origin = params.get('origin');
  if (origin !== null) {
    const normalized = normalizeOrigin(origin);
    if (normalized) config.targetOrigin = normalized;
    else ignored.push(`origin: "${origin}" is not an http(s) origin`);
  }

  for (const entry of (params.get('allow') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const normalized = normalizeOrigin(entry);
    if (normalized) {
      if (!config.allow.includes(normalized)) config.allow.push(normalized);
    } else {
      ignored.push(`allow: "${entry}" is not an http(s) origin (wildcards are not accepted)`);
    }
  }

  const version = params.get('version');
  if (version !== null) {
    if (isChartVersion(version)) config.version = version;
    else ignored.push(`version: unknown chart version "${version}"`);
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if (isThemePreference(theme)) config.theme = theme;
    else ignored.push(`theme: "${theme}" is not light, dark or system`);
  }
  return config;
}

/** Where an outgoing message may be posted (postMessage's targetOrigin), or undefined: do not send it. */
export function targetOriginFor(message: OutgoingMessage, config: Pick<EmbedConfig, 'targetOrigin'>): string | undefined {
  if (message.type === HEIGHT) return config.targetOrigin ?? '*';
  return config.targetOrigin;
}

/**
 * A set-values message from untrusted data, or undefined: wrong type, values
 * that are not a map of plain data (guardData: forbidden keys at any depth,
 * too deep, too large), or an unknown chart version. (The sender's origin is
 * checked separately; readSetValues in set-values.ts also migrates.)
 */
export function parseSetValues(data: unknown): SetValuesMessage | undefined {
  if (!isPlainMap(data) || data.type !== SET_VALUES) return undefined;
  if (Object.keys(data).some((k) => FORBIDDEN_KEYS.has(k))) return undefined;
  const values = guardData(data.values);
  if (!values.ok) return undefined;
  if (data.version !== undefined && !isChartVersion(data.version)) return undefined;
  return { type: SET_VALUES, values: values.values, ...(typeof data.version === 'string' ? { version: data.version } : {}) };
}

/** A set-theme message from untrusted data, or undefined: wrong type, extra keys that are forbidden, or a theme other than light, dark or system. */
export function parseSetTheme(data: unknown): SetThemeMessage | undefined {
  if (!isPlainMap(data) || data.type !== SET_THEME) return undefined;
  if (Object.keys(data).some((k) => FORBIDDEN_KEYS.has(k))) return undefined;
  return isThemePreference(data.theme) ? { type: SET_THEME, theme: data.theme } : undefined;
}
