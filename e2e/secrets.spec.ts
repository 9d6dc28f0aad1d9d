import { expect, test, type Browser, type Page } from '@playwright/test';
import { applyImport, copyWith, expandSection, fieldFrame, helmRegion, openApp, pasteIntoImport, previewRegion, previewText, revealSecret, setField } from './helpers';

/**
 * Secrets (issue 13, issue 8 points 4 and 5): what the classifier finds stays
 * out of share links and storage by default and is masked on screen.
 */

const AWS_SECRET = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY';
const TOKEN = 'e2e-agent-token-7f3c9a1b';

const S3_CONNECTION = [
  'connections:',
  '  - name: models',
  '    kind: s3',
  '    schema:',
  '      bucket: s3://acme-models',
  '    env:',
  '      - name: AWS_REGION',
  '        value: eu-west-1',
  '      - name: AWS_SECRET_ACCESS_KEY',
  `        value: ${AWS_SECRET}`,
  '',
].join('\n');

async function importYaml(page: Page, text: string): Promise<void> {
  await applyImport(await pasteIntoImport(page, text));
}

async function openInFreshContext(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, url);
  return { page, close: () => context.close() };
}

const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('polyaxon-values-builder:')));
const storedWork = (page: Page) => page.evaluate(() => localStorage.getItem('polyaxon-values-builder:autosave') ?? '');

test('a share link leaves out an AWS_SECRET_ACCESS_KEY env value and lists it; the opened link marks the field', async ({ page, browser }) => {
  await openApp(page);
  await importYaml(page, S3_CONNECTION);
  await expect.poll(() => previewText(page)).toContain('AWS_SECRET_ACCESS_KEY');
  expect(await previewText(page)).not.toContain(AWS_SECRET);

  const link = await copyWith(page, page.getByRole('button', { name: 'Copy share link' }));
  expect(link).not.toContain(AWS_SECRET);
  const leftOut = page.getByTestId('share-left-out');
  await expect(leftOut).toContainText('Left out of the link (1 secret value');
  await expect(leftOut.locator('li')).toHaveText(['connections[0].env[1].value']);

  const other = await openInFreshContext(browser, link);
  await expect.poll(() => previewText(other.page)).toContain('bucket: s3://acme-models');
  expect(await previewText(other.page)).not.toContain(AWS_SECRET);
  await expandSection(other.page, 'Connections');
  const note = fieldFrame(other.page, 'connections').getByTestId('left-out-note');
  await expect(note).toContainText('Left out of the link — fill in');
  await expect(note).toContainText('connections[0].env[1].value');
  await other.close();
});

test('the preview and the helm command mask the agent token, reveal it per value; copy writes the real value and says so', async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Agent');
  await setField(page, 'agent.token', TOKEN);
  await expect.poll(() => previewText(page)).toContain('token: ••••••••');
  expect(await previewText(page)).not.toContain(TOKEN);
  await expect(page.getByTestId('secrets-shown')).toContainText('1 secret value is masked');
  await expect(page.getByTestId('secrets-shown')).toContainText('Download and copy write the real values.');

  // The heredoc command embeds the values: masked there too.
  const helm = helmRegion(page);
  await helm.getByRole('button', { name: 'Self-contained (heredoc)' }).click();
  await expect(helm.getByRole('button', { name: 'Reveal secret agent.token' })).toBeVisible();
  expect((await helm.locator('pre').allTextContents()).join('\n')).not.toContain(TOKEN);

  await revealSecret(page, 'agent.token');
  await expect.poll(() => previewText(page)).toContain(`token: ${TOKEN}`);
  await previewRegion(page).getByRole('button', { name: 'Hide secrets' }).click();
  await expect.poll(() => previewText(page)).not.toContain(TOKEN);

  const copy = previewRegion(page).getByRole('button', { name: 'Copy values.yaml' });
  const copied = await copyWith(page, copy);
  expect(copied).toContain(`token: ${TOKEN}`);
  await expect(previewRegion(page).getByRole('button', { name: 'Copied, secrets included' })).toBeVisible();
});

test('autosave keeps secrets out of storage by default; the switch keeps them in; Forget everything clears it all', async ({ page }) => {
  await openApp(page);
  const controls = page.getByTestId('storage-controls');
  await expect(controls).toContainText('Your work is saved in this browser (localStorage), without its secrets');
  const keepOut = controls.getByRole('switch', { name: 'Keep secrets out of storage' });
  await expect(keepOut).toBeChecked();

  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'team-secrets');
  await expandSection(page, 'Agent');
  await setField(page, 'agent.token', TOKEN);
  await expect.poll(() => storedWork(page)).toContain('team-secrets');
  expect(await storedWork(page)).not.toContain(TOKEN);

  // After a reload the token is missing, and its field says so.
  await page.reload();
  await expect.poll(() => previewText(page)).toContain('namespace: team-secrets');
  expect(await previewText(page)).not.toContain('token:');
  await expandSection(page, 'Agent');
  await expect(fieldFrame(page, 'agent.token').getByTestId('left-out-note')).toContainText('Not kept in this browser’s storage — fill in');

  // Opt in: secrets are stored too, and the notice says so.
  await keepOut.uncheck();
  await expect(controls).toContainText('Your work, secrets included, is saved in this browser');
  await setField(page, 'agent.token', TOKEN);
  await expect.poll(() => storedWork(page)).toContain(TOKEN);
  // Back out: what is stored loses the token at once.
  await keepOut.check();
  await expect.poll(() => storedWork(page)).not.toContain(TOKEN);

  await controls.getByRole('button', { name: 'Forget everything' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forget everything?' });
  await dialog.getByRole('button', { name: 'Forget everything' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => previewText(page)).toBe('{}\n');
  await expect.poll(() => storedKeys(page)).toEqual([]);
  // The tab's undo history goes too: Undo cannot bring the forgotten values back.
  const undo = page.getByTestId('history-undo');
  await expect(undo).toBeDisabled();
  await expect(undo).toHaveAccessibleName('Undo');
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('polyaxon-values-builder:')))).toEqual([]);
  await page.keyboard.press('ControlOrMeta+z');
  expect(await previewText(page)).toBe('{}\n');
  await page.reload();
  await expect.poll(() => previewText(page)).toBe('{}\n');
  expect(await storedKeys(page)).toEqual([]);
});

test('"Link copied" goes stale after an edit, and the address bar follows the values', async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Namespace');
  await setField(page, 'namespace', 'first-value');
  const link = await copyWith(page, page.getByRole('button', { name: 'Copy share link' }));
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe(new URL(link).hash);

  await setField(page, 'namespace', 'second-value');
  await expect(page.getByRole('button', { name: 'Copy updated link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Link copied' })).toHaveCount(0);
  await expect(page.getByTestId('share-result')).toContainText('The values changed after you copied the link');
  await expect.poll(() => new URL(page.url()).hash).not.toBe(new URL(link).hash);

  // The address bar's link opens the current values elsewhere; a reload keeps working as before.
  const current = page.url();
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  await openApp(otherPage, current);
  await expect.poll(() => previewText(otherPage)).toContain('namespace: second-value');
  await other.close();
  await page.reload();
  await expect.poll(() => previewText(page)).toContain('namespace: second-value');
  await expect(page.getByTestId('link-opened')).toHaveCount(0);
});
