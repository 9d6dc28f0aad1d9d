import { expect, type Locator, type Page } from '@playwright/test';

/** CSS attribute selector for an input named by its dotted values path. */
function byName(path: string): string {
  return `[name="${path.replace(/"/g, '\\"')}"]`;
}

/** The form control whose `name` is the dotted values path (input, select or textarea). */
export function field(page: Page | Locator, path: string): Locator {
  return page.locator(`input${byName(path)}, textarea${byName(path)}, select${byName(path)}`).first();
}

interface ControlInfo {
  tag: string;
  type: string;
  ariaHidden: boolean;
  role: string | null;
}

async function controlInfo(control: Locator): Promise<ControlInfo> {
  return control.evaluate((el) => ({
    tag: el.tagName.toLowerCase(),
    type: (el as HTMLInputElement).type ?? '',
    ariaHidden: el.getAttribute('aria-hidden') === 'true',
    role: el.getAttribute('role'),
  }));
}

/**
 * The visible combobox of an MUI Select: MUI puts the `name` on a hidden native input
 * next to the element with role="combobox" that users click.
 */
function selectCombobox(page: Page, path: string): Locator {
  return page.locator(`:has(> input${byName(path)}) > [role="combobox"]`).first();
}

/**
 * Sets a field the way a user would: types into text and number inputs, toggles
 * switches, picks an option from selects. `value` of `''` clears a text input.
 */
export async function setField(page: Page, path: string, value: string | number | boolean): Promise<void> {
  const control = field(page, path);
  await expect(control, `input named ${path}`).toBeAttached();
  const info = await controlInfo(control);

  if (info.type === 'checkbox' || info.type === 'radio' || typeof value === 'boolean') {
    await control.scrollIntoViewIfNeeded();
    await control.setChecked(Boolean(value));
    await expect(control).toBeChecked({ checked: Boolean(value) });
    return;
  }
  const text = String(value);
  if (info.tag === 'select') {
    // A string matches an option by value or by label.
    await control.selectOption(text);
    await expect(control).toHaveValue(text);
    return;
  }
  if (info.ariaHidden) {
    // MUI Select: open the listbox and click the option.
    const combobox = selectCombobox(page, path);
    await combobox.scrollIntoViewIfNeeded();
    await combobox.click();
    await page.getByRole('listbox').getByRole('option', { name: text, exact: true }).click();
    await expect(control).toHaveValue(text);
    return;
  }
  await control.scrollIntoViewIfNeeded();
  await control.fill(text);
  if (info.role === 'combobox') {
    // Autocomplete: take the matching suggestion when the list offers one.
    const option = page.getByRole('listbox').getByRole('option', { name: text, exact: true });
    if (await option.isVisible().catch(() => false)) await option.click();
    else await control.press('Enter');
  }
  await expect(control).toHaveValue(text);
}

/** Clears a text field (select all + Delete, as a user would). */
export async function clearField(page: Page, path: string): Promise<void> {
  const control = field(page, path);
  await control.scrollIntoViewIfNeeded();
  await control.click();
  await control.press('ControlOrMeta+a');
  await control.press('Delete');
  await expect(control).toHaveValue('');
}

/** The inline error shown for a field: its aria-describedby text (MUI helper text). */
export async function fieldDescription(page: Page, path: string): Promise<string> {
  const control = field(page, path);
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const parts: string[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const text = await page
      .locator(`[id="${id}"]`)
      .textContent()
      .catch(() => null);
    if (text) parts.push(text.trim());
  }
  return parts.join('\n');
}
