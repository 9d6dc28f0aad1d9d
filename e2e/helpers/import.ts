import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the Import dialog and pastes `text` into it through the clipboard. */
export async function pasteIntoImport(page: Page, text: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import values' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('textbox', { name: 'Text to import' });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await input.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(input).toHaveValue(text);
  return dialog;
}
