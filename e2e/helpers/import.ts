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

/** Opens the Import dialog and types `text` into it; waits until the dialog has read it. */
export async function typeIntoImport(page: Page, text: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import values' });
  await dialog.getByRole('textbox', { name: 'Text to import' }).fill(text);
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  return dialog;
}

/** Applies the import shown in the dialog (the form holds no edits, so it does not ask first). */
export async function applyImport(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
}
