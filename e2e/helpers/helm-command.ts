import type { Locator, Page } from '@playwright/test';

/** The region named "Helm command". */
export function helmRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Helm command' });
}

/** The <pre> block of the helm command region whose text contains `text`. */
export function commandPre(page: Page, text: string | RegExp): Locator {
  return helmRegion(page).locator('pre').filter({ hasText: text }).first();
}

/**
 * The innermost element holding both the <pre> block containing `text` and its Copy
 * button (ancestors come before descendants in document order, so the last match).
 */
function commandBlock(page: Page, text: string | RegExp): Locator {
  return helmRegion(page)
    .locator('*')
    .filter({ has: page.locator('pre').filter({ hasText: text }) })
    .filter({ has: page.getByRole('button', { name: /copy/i }) })
    .last();
}

/** The Copy button of the command block containing `text`. */
export function commandCopyButton(page: Page, text: string | RegExp): Locator {
  return commandBlock(page, text).getByRole('button', { name: /copy/i }).first();
}

/** The shown text of the command block containing `text`. */
export async function commandText(page: Page, text: string | RegExp): Promise<string> {
  return (await commandPre(page, text).textContent()) ?? '';
}
