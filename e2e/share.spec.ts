import { expect, test, type Browser, type Page } from '@playwright/test';
import { copyWith, expandSection, field, helmRegion, openApp, previewText, previewValues, revealSecret, setField, valueAt } from './helpers';

/**
 * Share links (#s=…), autosave and deep links (#field=…), in Debian Chromium.
 * A "fresh browser context" has empty storage, like another person's browser.
 */

const TOKEN = 'e2e-secret-agent-token-0123456789';

async function fillSomeValues(page: Page): Promise<void> {
  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'team-share');
  await expandSection(page, 'Ingress & gateway service');
  await setField(page, 'ingress.enabled', true);
  await setField(page, 'ingress.hostName', 'polyaxon.share.example.com');
  await expandSection(page, 'Agent');
  await setField(page, 'agent.instance', 'acme.agents.share-1');
  await setField(page, 'agent.token', TOKEN);
  await expect.poll(() => previewText(page)).toContain('polyaxon.share.example.com');
}

async function helmText(page: Page): Promise<string> {
  return (await helmRegion(page).locator('pre').allTextContents()).join('\n---\n');
}

async function copyShareLink(page: Page, includeSecrets = false): Promise<string> {
  const box = page.getByRole('checkbox', { name: 'Include secrets in the link' });
  await box.setChecked(includeSecrets);
  const link = await copyWith(page, page.getByRole('button', { name: 'Copy share link' }));
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
  return link;
}

async function openInFreshContext(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, url);
  return { page, close: () => context.close() };
}

test('a share link opened in a fresh browser restores the same preview and helm command; the token stays out', async ({ page, browser }) => {
  await openApp(page);
  await fillSomeValues(page);
  await expect(page.getByText(/Secrets \(tokens, passwords, keys, credentials in URLs, annotations and env variables\) are left out of the link\./)).toBeVisible();
  const link = await copyShareLink(page);
  const url = new URL(link);
  expect(url.hash).toMatch(/^#s=2\.[A-Za-z0-9_-]+$/);
  expect(url.search).toBe('');
  expect(link).not.toContain(TOKEN);
  await expect(page.getByTestId('share-left-out')).toContainText('agent.token');

  // What the sender sees without the token: clear it, then compare.
  await setField(page, 'agent.token', '');
  await expect.poll(() => previewText(page)).not.toContain(TOKEN);
  const expectedPreview = await previewText(page);
  const expectedHelm = await helmText(page);

  const other = await openInFreshContext(browser, link);
  await expect.poll(() => previewText(other.page)).toBe(expectedPreview);
  expect(await helmText(other.page)).toBe(expectedHelm);
  expect(valueAt(await previewValues(other.page), 'agent.token')).toBeUndefined();
  await expect(other.page.getByText(/Opened the values from a share link/)).toBeVisible();
  // The token's field asks to be filled in.
  await expandSection(other.page, 'Agent');
  await expect(other.page.locator('[data-field="agent.token"]').getByTestId('left-out-note')).toContainText('Left out of the link — fill in');
  // The address bar holds the opened state (still without the token), so a reload or a bookmark shows the same work.
  await expect.poll(() => new URL(other.page.url()).hash).toMatch(/^#s=2\./);
  expect(other.page.url()).not.toContain(TOKEN);
  await other.close();
});

test('the token goes in the link only after the explicit opt-in', async ({ page, browser }) => {
  await openApp(page);
  await fillSomeValues(page);
  const expectedPreview = await previewText(page);
  const link = await copyShareLink(page, true);
  await expect(page.getByText(/The link will contain your secrets/)).toBeVisible();
  const other = await openInFreshContext(browser, link);
  await expect.poll(() => previewText(other.page)).toBe(expectedPreview);
  await revealSecret(other.page, 'agent.token');
  await expect.poll(async () => valueAt(await previewValues(other.page), 'agent.token')).toBe(TOKEN);
  await other.close();
});

test('edits survive a reload (autosave)', async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'kept-after-reload');
  await page.reload();
  await expect.poll(() => previewText(page)).toContain('namespace: kept-after-reload');
});

test('a broken link shows a clear message, keeps the autosaved work and the app stays usable', async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'my-saved-work');
  const link = await copyShareLink(page);
  await page.reload(); // the autosave is flushed when the page goes away
  await expect.poll(() => previewText(page)).toContain('my-saved-work');
  const saved = await page.evaluate(() => localStorage.getItem('polyaxon-values-builder:autosave'));
  expect(saved).toContain('my-saved-work');

  for (const [broken, message] of [
    [link.slice(0, -8), /incomplete/],
    [link.replace('#s=2.', '#s=7.'), /unknown link format/],
    [`${link.slice(0, -10)}!!${link.slice(-8)}`, /characters a share link never has/],
  ] as const) {
    await page.goto('about:blank');
    await page.goto(broken);
    const alert = page.getByRole('alert').filter({ hasText: 'This share link could not be opened' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(message);
    await expect.poll(() => previewText(page)).toContain('namespace: my-saved-work');
    expect(await page.evaluate(() => localStorage.getItem('polyaxon-values-builder:autosave'))).toBe(saved);
  }

  // Still usable: edit, and the edit is saved.
  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'edited-after-error');
  await expect.poll(() => previewText(page)).toContain('edited-after-error');
  await page.getByRole('alert').getByRole('button', { name: /close/i }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
});

test('a link wins over different autosaved work, which can be restored', async ({ page, browser }) => {
  // Someone else makes a link.
  const sender = await openInFreshContext(browser, '/');
  await expandSection(sender.page, 'Namespace');
  await setField(sender.page, 'namespace', 'from-the-link');
  const link = await copyShareLink(sender.page);
  await sender.close();

  await openApp(page);
  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'my-own-work');
  await page.reload();
  await expect.poll(() => previewText(page)).toContain('my-own-work');

  await page.goto('about:blank');
  await page.goto(link);
  await expect.poll(() => previewText(page)).toContain('namespace: from-the-link');
  const restore = page.getByRole('button', { name: 'Restore previous work' });
  await expect(restore).toBeVisible();
  await restore.click();
  await expect.poll(() => previewText(page)).toContain('namespace: my-own-work');
  await expect(restore).toHaveCount(0);
});

test('reset the whole form and one section, each with undo', async ({ page }) => {
  await openApp(page);
  await fillSomeValues(page);
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('menuitem', { name: /Reset “Ingress & gateway service”/ }).click();
  await expect.poll(async () => valueAt(await previewValues(page), 'ingress.hostName')).toBeUndefined();
  expect(valueAt(await previewValues(page), 'namespace')).toBe('team-share');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => valueAt(await previewValues(page), 'ingress.hostName')).toBe('polyaxon.share.example.com');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('menuitem', { name: /Reset the whole form/ }).click();
  await expect.poll(() => previewValues(page)).toEqual({});
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => valueAt(await previewValues(page), 'namespace')).toBe('team-share');
});

test('deep links: #field= alone and with the state expand, scroll to and focus the field', async ({ page, browser }) => {
  // gateway.replicas is in "Gateway deployment", an Advanced section that starts collapsed.
  await page.goto('/#field=gateway.replicas');
  const replicas = field(page, 'gateway.replicas');
  await expect(replicas).toBeFocused();
  await expect(replicas).toBeInViewport();

  const sender = await openInFreshContext(browser, '/');
  await expandSection(sender.page, 'Namespace');
  await setField(sender.page, 'namespace', 'deep-linked');
  const link = await copyShareLink(sender.page);
  await sender.close();

  await page.goto('about:blank');
  await page.goto(`${link}&field=ingress.hostName`);
  await expect.poll(() => previewText(page)).toContain('namespace: deep-linked');
  const host = field(page, 'ingress.hostName');
  await expect(host).toBeFocused();
  await expect(host).toBeInViewport();
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#s=2\.[A-Za-z0-9_-]+&field=ingress\.hostName$/);
});
