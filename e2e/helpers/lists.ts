import { expect, type Locator, type Page } from '@playwright/test';
import { field } from './fields';

/** The frame around one field (label, info button, widget, problems): `data-field` is its values path. */
export function fieldFrame(page: Page, path: string): Locator {
  return page.locator(`[data-field="${path}"]`);
}

/**
 * Clicks the "Add …" button of the list field at `path` and waits for `expectInput`.
 * The list's own button comes after its rows (which may hold nested lists with their
 * own Add buttons), so it is the last one in the field's frame.
 */
export async function addListRow(page: Page, path: string, expectInput?: string): Promise<void> {
  const add = fieldFrame(page, path)
    .getByRole('button', { name: /^Add\b/ })
    .last();
  await add.scrollIntoViewIfNeeded();
  await add.click();
  if (expectInput) await expect(field(page, expectInput)).toBeAttached();
}
