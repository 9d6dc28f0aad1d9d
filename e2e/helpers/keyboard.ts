import { expect, type Locator, type Page } from '@playwright/test';

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);
}

/** What has the focus, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const name = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${name}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would,
 * and fails when it is not reached within `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, options: { maxPresses?: number; backwards?: boolean } = {}): Promise<number> {
  const max = options.maxPresses ?? 300;
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} did not reach the target in ${max} presses; focus is on ${await describeFocus(page)}`);
}

/** Asserts the focus is on (or inside) `target`. */
export async function expectFocused(target: Locator): Promise<void> {
  await expect.poll(() => isFocused(target)).toBe(true);
}

/**
 * Moves the focus inside a roving-tabindex widget (toggle button group, radio group,
 * tabs) with arrow keys until `target` has it.
 */
export async function arrowTo(page: Page, target: Locator, options: { key?: 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp'; maxPresses?: number } = {}): Promise<number> {
  const key = options.key ?? 'ArrowRight';
  const max = options.maxPresses ?? 10;
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} did not reach the target in ${max} presses; focus is on ${await describeFocus(page)}`);
}
