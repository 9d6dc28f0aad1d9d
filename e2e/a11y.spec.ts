import { expect, test } from '@playwright/test';
import {
  arrowTo,
  checkAxe,
  commandCopyButton,
  copyWith,
  downloadButton,
  expandAllSections,
  expandSection,
  expectPreviewValue,
  field,
  helmRegion,
  openApp,
  sectionToggle,
  setField,
  tabTo,
} from './helpers';

test.describe.configure({ mode: 'parallel' });

test('no serious or critical axe violations with every section expanded', async ({ page }, testInfo) => {
  // Expanding ~25 sections (200 inputs) and axe's colour-contrast rule on that DOM take ~35 s on 2 cores.
  test.setTimeout(150_000);
  await openApp(page);
  await expandAllSections(page);
  await checkAxe(page, testInfo, 'all-sections');
});

test('no serious or critical axe violations with an inline error and a doc popover open', async ({ page }, testInfo) => {
  await openApp(page);
  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'Bad_NS');
  await expect(field(page, 'namespace')).toHaveAttribute('aria-invalid', 'true');
  const info = page.getByRole('button', { name: /^About namespace$/i });
  await info.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checkAxe(page, testInfo, 'error-and-popover');
});

test('every input has an accessible name', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await expandAllSections(page);
  const controls = page.locator(
    [
      'input:not([type="hidden"]):not([aria-hidden="true"])',
      'textarea:not([aria-hidden="true"])',
      'select',
      '[role="combobox"]',
      '[role="switch"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '[role="spinbutton"]',
      '[role="textbox"]',
      '[role="slider"]',
    ].join(', '),
  );
  const all = await controls.all();
  // The form has well over a hundred inputs once every section is open.
  expect(all.length).toBeGreaterThan(100);
  const unnamed: string[] = [];
  for (const control of all) {
    try {
      await expect(control).toHaveAccessibleName(/\S/, { timeout: 500 });
    } catch {
      unnamed.push(await control.evaluate((el) => el.outerHTML.slice(0, 160)));
    }
  }
  expect(unnamed, 'inputs without an accessible name').toEqual([]);
});

test('the main flow is reachable by keyboard', async ({ page }) => {
  await openApp(page);
  await page.locator('body').focus();

  // Open the Ingress section with the keyboard when it starts collapsed.
  const ingress = sectionToggle(page, 'Ingress & gateway service');
  if ((await ingress.getAttribute('aria-expanded')) === 'false') {
    await tabTo(page, ingress);
    await page.keyboard.press('Enter');
    await expect(ingress).toHaveAttribute('aria-expanded', 'true');
  }

  // Turn ingress on and type the host name.
  await tabTo(page, field(page, 'ingress.enabled'));
  await page.keyboard.press('Space');
  await expectPreviewValue(page, 'ingress.enabled', true);
  await tabTo(page, field(page, 'ingress.hostName'));
  await page.keyboard.type('polyaxon.acme.com');
  await expectPreviewValue(page, 'ingress.hostName', 'polyaxon.acme.com');

  // Open a field's documentation with the keyboard (Alt+I in the field: the info button is no tab stop) and close it again.
  await expect(page.getByRole('button', { name: 'About Host name', exact: true })).toHaveAttribute('aria-keyshortcuts', 'Alt+I');
  await page.keyboard.press('Alt+KeyI');
  const popover = page.getByRole('dialog', { name: 'About Host name' });
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(field(page, 'ingress.hostName')).toBeFocused();
  await expect(field(page, 'ingress.hostName')).toHaveValue('polyaxon.acme.com');

  // Expand a collapsed Advanced section and switch one of its fields.
  const proxy = sectionToggle(page, 'Proxy');
  await expect(proxy).toHaveAttribute('aria-expanded', 'false');
  await tabTo(page, proxy);
  await page.keyboard.press('Enter');
  await expect(proxy).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, field(page, 'proxy.enabled'), { maxPresses: 10 });
  await page.keyboard.press('Space');
  await expectPreviewValue(page, 'proxy.enabled', true);

  // Download with the keyboard.
  await tabTo(page, downloadButton(page));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('values.yaml');

  // Pick a command variant (a roving-tabindex group: Tab into it, arrows inside) and copy the
  // install command with the keyboard.
  const variants = helmRegion(page).getByRole('group', { name: 'Command variant' });
  const heredoc = variants.getByRole('button', { name: 'Self-contained (heredoc)' });
  await tabTo(page, variants);
  await arrowTo(page, heredoc);
  await page.keyboard.press('Enter');
  await expect(heredoc).toHaveAttribute('aria-pressed', 'true');
  const copy = commandCopyButton(page, 'helm upgrade --install');
  await tabTo(page, copy);
  const copied = await copyWith(page, copy, { keyboard: true });
  expect(copied).toContain('helm upgrade --install polyaxon polyaxon/agent');
  expect(copied).toContain('hostName: polyaxon.acme.com');
});
