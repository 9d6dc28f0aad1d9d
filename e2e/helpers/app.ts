import { expect, type Locator, type Page } from '@playwright/test';
import { previewRegion } from './preview';

/** Form section titles in reference-page order (the Advanced ones follow, collapsed); any other title is accepted too. */
export type SectionTitle =
  'Deployment' | 'Namespace' | 'Ingress & gateway service' | 'SSL' | 'DNS' | 'Auth' | 'Time zone' | 'Node scheduling' | 'Control plane' | 'Agent' | 'Security context' | 'Connections' | (string & {});

/** Opens the builder and waits until the live preview shows YAML. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(previewRegion(page)).toBeVisible();
  await expect(previewRegion(page)).not.toBeEmpty();
}

/**
 * The button that expands or collapses a section: the accordion summary
 * (aria-expanded) holding the section's title as its own text.
 */
export function sectionToggle(page: Page, title: SectionTitle): Locator {
  return page
    .locator('[aria-expanded]')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first();
}

/** The section's heading (its title), whatever heading level the UI uses. */
function sectionHeading(page: Page, title: SectionTitle): Locator {
  return page
    .getByRole('heading')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first();
}

/** Expands a section if it is collapsed (no-op for always-open sections). */
export async function expandSection(page: Page, title: SectionTitle): Promise<void> {
  const toggle = sectionToggle(page, title);
  if ((await toggle.count()) === 0) {
    // Not an accordion: an always-open region; its heading must be there.
    await expect(sectionHeading(page, title)).toBeVisible();
    return;
  }
  await toggle.scrollIntoViewIfNeeded();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Expands every collapsed section of the form (including the Advanced ones). */
export async function expandAllSections(page: Page): Promise<void> {
  // Section toggles are accordion summaries: buttons with aria-expanded that open no popup.
  const collapsed = page.getByRole('main').locator('[aria-expanded="false"]:not([aria-haspopup]):not([role="combobox"])');
  // Expanding may mount nested accordions, so take the first collapsed one until none is left.
  for (let clicks = 0; clicks < 100 && (await collapsed.count()) > 0; clicks++) {
    const toggle = collapsed.first();
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
  }
  await expect(collapsed).toHaveCount(0);
}

/** The header's problems indicator (a status such as "2 problems"). */
export function problemsIndicator(page: Page): Locator {
  return page.getByRole('banner').getByRole('status');
}

/** The number of problems the header shows (0 for "No problems" or an empty status). */
export async function problemsCount(page: Page): Promise<number> {
  const text = (await problemsIndicator(page).textContent()) ?? '';
  const match = /(\d+)\s+problems?/i.exec(text);
  return match ? Number(match[1]) : 0;
}
