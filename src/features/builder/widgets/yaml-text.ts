import { dump } from 'js-yaml';
import { loadYaml } from '../../../core/import/safe-yaml';
import { isPlainMap } from '../../../shared/values';
import { toYaml } from '../../../core/yaml/to-yaml';

export type YamlParse = { ok: true; value: unknown; warnings: readonly string[] } | { ok: false; message: string };

/**
 * Parses a YAML editor's text with the core's safe loader (Helm's YAML 1.1
 * scalar rules, duplicate keys refused). Empty or comment-only text is unset
 * (null). Messages carry line:column.
 */
export function parseYamlText(text: string): YamlParse {
  const loaded = loadYaml(text);
  if (!loaded.ok) return { ok: false, message: loaded.error.message };
  return { ok: true, value: loaded.value ?? null, warnings: loaded.warnings.map((w) => w.message) };
}

/** The editor text of a value: the preview's writer for maps, '' when unset. */
export function yamlTextOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isPlainMap(value)) return Object.keys(value).length === 0 ? '' : toYaml(value);
  return dump(value, { noRefs: true });
}
