import { expect, type Locator, type Page } from '@playwright/test';

/** Reads the system clipboard in the page (the config grants clipboard-read/write). */
async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Activates a copy button (a click, or Enter when `keyboard` is set and the button
 * has the focus) and returns what landed on the clipboard. A sentinel is written
 * first so a stale clipboard can never pass for the copied text.
 */
export async function copyWith(page: Page, button: Locator, options: { keyboard?: boolean } = {}): Promise<string> {
  const sentinel = `sentinel-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
  if (options.keyboard) {
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
  } else {
    await button.scrollIntoViewIfNeeded();
    await button.click();
  }
  await expect.poll(() => readClipboard(page), { message: 'clipboard after copy' }).not.toBe(sentinel);
  return readClipboard(page);
}
