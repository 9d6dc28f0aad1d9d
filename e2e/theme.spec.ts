import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkAxe, copyWith, expandAllSections, expandSection, openApp, previewCode, previewRegion, previewText, setField, showFullMergedValues } from './helpers';

/**
 * Dark mode: follows the system setting, a header menu switches System /
 * Light / Dark and the choice survives a reload; axe is clean in both themes;
 * the preview is syntax-highlighted without changing its text; the embeds take
 * a theme from their address, a set-theme message or the embed.js option.
 */

test.describe.configure({ mode: 'parallel' });

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
const HOST_PORT = process.env.E2E_HOST_PORT ?? 4174;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const OTHER_HOST = `http://localhost:${HOST_PORT}`;

// src/ui/theme/palette.ts: background.default and the YAML key colour of each theme.
const DARK_BG = 'rgb(16, 18, 26)';
const LIGHT_BG = 'rgb(245, 246, 250)';
const DARK_KEY = 'rgb(143, 180, 255)';
const LIGHT_KEY = 'rgb(29, 61, 158)';

/** The computed background colour of an element (the page's body when given a page). */
async function backgroundOf(target: Page | Locator): Promise<string> {
  const el = 'goto' in target ? target.locator('body') : target;
  return el.evaluate((node) => getComputedStyle(node).backgroundColor);
}

function themeButton(page: Page): Locator {
  return page.getByTestId('theme-button');
}

async function chooseTheme(page: Page, label: 'System' | 'Light' | 'Dark'): Promise<void> {
  await themeButton(page).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Colour theme' });
  await expect(menu).toBeVisible();
  const item = menu.getByRole('menuitemradio', { name: new RegExp(`^${label}`) });
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
}

test('follows the system setting live; Light from the header menu is kept after a reload; Forget everything goes back to System', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(themeButton(page)).toHaveAccessibleName('Theme: System (dark)');
  await expect.poll(() => backgroundOf(page)).toBe(DARK_BG);

  // The system switches to light: so does the app, without a reload.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(themeButton(page)).toHaveAccessibleName('Theme: System (light)');
  await expect.poll(() => backgroundOf(page)).toBe(LIGHT_BG);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundOf(page)).toBe(DARK_BG);

  // The menu says which one is on, by keyboard.
  await themeButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitemradio', { name: /^System/ })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  await chooseTheme(page, 'Light');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: Light');
  await expect.poll(() => backgroundOf(page)).toBe(LIGHT_BG);
  expect(await page.evaluate(() => localStorage.getItem('polyaxon-values-builder:theme'))).toBe('light');

  // After a reload (the system still dark): light from the first paint on.
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toBe('light');
  await expect(previewRegion(page)).toBeVisible();
  await expect(themeButton(page)).toHaveAccessibleName('Theme: Light');
  await expect.poll(() => backgroundOf(page)).toBe(LIGHT_BG);

  await chooseTheme(page, 'Dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(themeButton(page)).toHaveAccessibleName('Theme: Dark');
  await expect.poll(() => backgroundOf(page)).toBe(DARK_BG);

  // "Forget everything" removes the choice with the rest: System again.
  const controls = page.getByTestId('storage-controls');
  await controls.getByRole('button', { name: 'Forget everything' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forget everything?' });
  await dialog.getByRole('button', { name: 'Forget everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(themeButton(page)).toHaveAccessibleName('Theme: System (light)');
  expect(await page.evaluate(() => localStorage.getItem('polyaxon-values-builder:theme'))).toBeNull();
});

for (const scheme of ['dark', 'light'] as const) {
  test(`axe: no violations in the ${scheme} theme with every section open`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await expect(themeButton(page)).toHaveAccessibleName(`Theme: System (${scheme})`);
    // Problems, warnings and a masked secret on screen too.
    await expandSection(page, 'Namespace');
    await setField(page, 'namespace', 'Bad_NS');
    await expandSection(page, 'Agent');
    await setField(page, 'agent.token', 'e2e-theme-token');
    await expandAllSections(page);
    await expect(previewRegion(page).getByRole('button', { name: 'Reveal secret agent.token' })).toBeVisible();
    await checkAxe(page, testInfo, `all-sections-${scheme}`, { failOn: 'all' });
  });

  test(`axe: the iframe embed page in the ${scheme} theme (&theme=${scheme})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' }); // the address wins over the system
    await openApp(page, `/?embed&theme=${scheme}`);
    await expect.poll(() => backgroundOf(page)).toBe(scheme === 'dark' ? DARK_BG : LIGHT_BG);
    await checkAxe(page, testInfo, `embed-${scheme}`, { failOn: 'all' });
  });
}

test('the preview is highlighted, its text unchanged (it is the file copied, after its header), in both themes', async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Ingress & gateway service');
  await setField(page, 'ingress.enabled', true);
  await setField(page, 'ingress.hostName', 'polyaxon.acme.com');
  await showFullMergedValues(page, true);
  const code = previewCode(page);
  await expect(code.locator('span.yt-key').first()).toBeVisible();
  for (const type of ['key', 'punct', 'string', 'number', 'literal']) expect(await code.locator(`span.yt-${type}`).count(), type).toBeGreaterThan(0);
  await expect(code.locator('span.yt-key', { hasText: /^hostName$/ })).toHaveCount(1);

  const text = await previewText(page);
  const copied = await copyWith(page, previewRegion(page).getByRole('button', { name: 'Copy values.yaml' }));
  expect(copied.endsWith(text), 'the copied file ends with the preview text, byte for byte').toBe(true);
  expect(
    copied
      .slice(0, copied.length - text.length)
      .split('\n')
      .filter(Boolean)
      .every((line) => line.startsWith('#')),
    'only a comment header before it',
  ).toBe(true);
  expect(text).toContain('hostName: polyaxon.acme.com');

  const keyColour = () =>
    code
      .locator('span.yt-key')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  await expect.poll(keyColour).toBe(LIGHT_KEY);
  await chooseTheme(page, 'Dark');
  await expect.poll(keyColour).toBe(DARK_KEY);
  expect(await previewText(page)).toBe(text);
});

test.describe('embeds', () => {
  function iframeHost(host: string, theme?: string): string {
    return `${host}/iframe-host.html?builder=${encodeURIComponent(APP)}&allow=${encodeURIComponent(HOST)}&sections=ingress${theme ? `&theme=${theme}` : ''}`;
  }

  test('the iframe takes &theme= and set-theme messages from an allowed origin', async ({ page }) => {
    await page.goto(iframeHost(HOST, 'dark'));
    const frame = page.frameLocator('#builder');
    await expect(frame.locator('input[name="ingress.hostName"]')).toBeVisible();
    await expect.poll(() => backgroundOf(frame.locator('body'))).toBe(DARK_BG);
    await page.evaluate(() => (window as unknown as { sendSetTheme: (t: string) => void }).sendSetTheme('light'));
    await expect.poll(() => backgroundOf(frame.locator('body'))).toBe(LIGHT_BG);
    await page.evaluate(() => (window as unknown as { sendSetTheme: (t: string) => void }).sendSetTheme('purple'));
    await page.evaluate(() => (window as unknown as { sendSetTheme: (t: string) => void }).sendSetTheme('dark'));
    await expect.poll(() => backgroundOf(frame.locator('body'))).toBe(DARK_BG);
  });

  test('set-theme from an origin not on the allowlist is ignored', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(iframeHost(OTHER_HOST));
    const frame = page.frameLocator('#builder');
    await expect(frame.locator('input[name="ingress.hostName"]')).toBeVisible();
    await expect.poll(() => backgroundOf(frame.locator('body'))).toBe(LIGHT_BG);
    await page.evaluate(() => (window as unknown as { sendSetTheme: (t: string) => void }).sendSetTheme('dark'));
    await expect.poll(() => warnings.some((w) => w.includes('ignored a set-theme message'))).toBe(true);
    expect(await backgroundOf(frame.locator('body'))).toBe(LIGHT_BG);
  });

  test('embed.js takes a theme option and setTheme()', async ({ page }) => {
    await page.goto(`${HOST}/script-host.html?builder=${encodeURIComponent(APP)}&theme=dark`);
    const root = page.locator('.MuiScopedCssBaseline-root');
    await expect(page.locator('input[name="ingress.hostName"]')).toHaveValue('docs.example.com');
    await expect.poll(() => backgroundOf(root)).toBe(DARK_BG);
    await page.evaluate(() => (window as unknown as { handle: { setTheme: (t: string) => void } }).handle.setTheme('light'));
    await expect.poll(() => backgroundOf(root)).toBe('rgba(0, 0, 0, 0)');
  });
});
