import { expect, type Locator, type Page } from '@playwright/test';
import { load, YAML11_SCHEMA } from 'js-yaml';

export type Values = { [key: string]: unknown };

/** The live preview: a region named "values.yaml". */
export function previewRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'values.yaml', exact: true });
}

/** The element holding the YAML text inside the preview. */
export function previewCode(page: Page): Locator {
  return previewRegion(page).locator('pre, textarea, code').first();
}

/** The preview's YAML text, exactly as shown. */
export async function previewText(page: Page): Promise<string> {
  const code = previewCode(page);
  const tag = await code.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'textarea') return code.inputValue();
  return (await code.textContent()) ?? '';
}

/**
 * Parses YAML the way Helm reads it: YAML 1.1 (go-yaml v2 via sigs.k8s.io/yaml), so an
 * unquoted `yes` would come back as a boolean and an unquoted "600" as a number.
 */
export function parseYaml(text: string): Values {
  const parsed = load(text, { schema: YAML11_SCHEMA });
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`values.yaml is not a map:\n${text}`);
  return parsed as Values;
}

/** The preview text parsed as YAML 1.1. */
export async function previewValues(page: Page): Promise<Values> {
  return parseYaml(await previewText(page));
}

/** Reads a dotted path (with numeric list indexes) from parsed values. */
export function valueAt(values: unknown, path: string): unknown {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Whether a dotted path is present (even with a null value) in parsed values. */
export function hasPath(values: unknown, path: string): boolean {
  const parts = path.split('.');
  const last = parts.pop() as string;
  const parent = parts.length ? valueAt(values, parts.join('.')) : values;
  return parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, last);
}

/** Polls the parsed preview until it contains `expected` (toMatchObject semantics). */
export async function expectPreviewToMatch(page: Page, expected: Values): Promise<void> {
  await expect.poll(() => previewValues(page), { message: 'values.yaml preview' }).toMatchObject(expected);
}

/** Polls the parsed preview until the value at `path` equals `expected`. */
export async function expectPreviewValue(page: Page, path: string, expected: unknown): Promise<void> {
  await expect.poll(async () => valueAt(await previewValues(page), path), { message: `values.yaml ${path}` }).toEqual(expected);
}

/** The "Show full merged values" toggle. */
function fullMergedToggle(page: Page): Locator {
  return page.getByRole('switch', { name: /show full merged values/i }).or(page.getByRole('checkbox', { name: /show full merged values/i }));
}

export async function showFullMergedValues(page: Page, on: boolean): Promise<void> {
  const toggle = fullMergedToggle(page);
  await toggle.setChecked(on);
  await expect(toggle).toBeChecked({ checked: on });
}

/** Clicks the masked secret at `id` (e.g. `agent.token`) in the preview to show it in clear. */
export async function revealSecret(page: Page, id: string): Promise<void> {
  await page
    .getByRole('region', { name: 'values.yaml' })
    .getByRole('button', { name: `Reveal secret ${id}` })
    .first()
    .click();
}
