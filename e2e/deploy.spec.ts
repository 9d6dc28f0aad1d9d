import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyImport, commandText, downloadButton, downloadWith, expandSection, field, openApp, previewValues, setField, typeIntoImport } from './helpers';

function deployRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Deploy', exact: true });
}

/** The runbook step whose title contains `title`. */
function step(page: Page, title: string | RegExp): Locator {
  return deployRegion(page)
    .locator('li[data-step]')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

/** Every command shown in the Deploy and Helm command panels. */
async function shownCommands(page: Page): Promise<string[]> {
  return page.locator('section[aria-labelledby="deploy-heading"] pre, section[aria-labelledby="helm-command-heading"] pre').allTextContents();
}

function bashParses(command: string): void {
  execFileSync('bash', ['-n'], { input: `${command}\n` });
}

test('importing helm upgrade --install plx … -n ml keeps the release and namespace in every command', async ({ page }) => {
  await openApp(page);
  const dialog = await typeIntoImport(page, 'helm upgrade --install plx polyaxon/agent -n ml --version 2.15.1 --set timezone=Europe/Berlin');
  await expect(dialog.getByTestId('import-notes')).toContainText('The release plx and namespace ml come from the helm upgrade command');
  await applyImport(dialog);

  const install = await commandText(page, 'helm upgrade --install');
  expect(install).toContain('helm upgrade --install plx polyaxon/agent --namespace ml ');
  await expect(page.getByTestId('release-target')).toContainText('Release plx in namespace ml');
  await expect(page.getByTestId('release-target')).toContainText('From the `helm upgrade` command you imported');
  // One release for every tab: the form's fields hold it, the CLI file writes it.
  await expect(field(page, 'namespace')).toHaveValue('ml');
  await expect(field(page, 'releaseName')).toHaveValue('plx');
  await page.getByRole('button', { name: 'Polyaxon CLI' }).click();
  expect(await previewValues(page)).toMatchObject({ releaseName: 'plx', namespace: 'ml' });
  await expect(step(page, /^\d+\. Uninstall$/).locator('pre')).toHaveText('helm uninstall plx -n ml');

  // Upgrade mode: the import is the deployed baseline; an edit shows as a change, with what the upgrade does.
  await expect(page.getByTestId('upgrade-counts')).toHaveText('No changes against the deployed values.');
  await expandSection(page, 'Time zone');
  await setField(page, 'timezone', 'Asia/Tokyo');
  await expect(page.getByTestId('upgrade-counts')).toHaveText('1 key changes: 0 added, 0 removed, 1 changed.');
  await expect(page.getByTestId('upgrade-changes')).toContainText('timezone: "Europe/Berlin" → "Asia/Tokyo"');
  await expect(page.locator('[data-impact="restart"]')).toBeVisible();
  await page.getByLabel('Diff against deployed').click();
  await expect(page.locator('#values-preview-diff')).toContainText('- timezone: Europe/Berlin');
  await expect(page.locator('#values-preview-diff')).toContainText('+ timezone: Asia/Tokyo');
});

test('the deployed baseline survives a reload without its secrets; secret changes are masked; Forget everything drops it', async ({ page }) => {
  const oldToken = 'deployed-token-0a1b2c3d4e5f';
  const newToken = 'replaced-token-9z8y7x6w5v4u';
  await openApp(page);
  const dialog = await typeIntoImport(page, `helm upgrade --install plx polyaxon/agent -n ml --version 2.15.1 --set agent.token=${oldToken} --set timezone=Europe/Berlin`);
  await applyImport(dialog);
  await expect(page.getByTestId('upgrade-counts')).toHaveText('No changes against the deployed values.');

  // A changed token shows as changed, never as text; so does the diff in the preview.
  await expandSection(page, 'Agent');
  await setField(page, 'agent.token', newToken);
  await expect(page.getByTestId('upgrade-changes')).toContainText('agent.token: "••••••••" → "•••••••• (new value)"');
  await page.getByLabel('Diff against deployed').click();
  const diff = page.locator('#values-preview-diff');
  await expect(diff).toContainText('+   token: •••••••• (new value)');
  for (const text of [await page.getByTestId('upgrade-panel').textContent(), await diff.textContent()]) {
    expect(text).not.toContain(oldToken);
    expect(text).not.toContain(newToken);
  }

  // Kept in this browser, without the secret: after a reload upgrade mode is still on, the release still targeted.
  const stored = () => page.evaluate(() => localStorage.getItem('polyaxon-values-builder:deployed-baseline') ?? '');
  await expect.poll(stored).toContain('"release":"plx"');
  expect(await stored()).not.toContain(oldToken);
  await page.reload();
  await expect(page.getByTestId('upgrade-panel')).toBeVisible();
  await expect(page.getByTestId('release-target')).toContainText('Release plx in namespace ml');
  // The deployed token is not known any more: it is not compared (the reloaded work has none either).
  await expect(page.getByTestId('upgrade-counts')).toHaveText('No changes against the deployed values.');
  await expandSection(page, 'Time zone');
  await setField(page, 'timezone', 'Asia/Tokyo');
  await expect(page.getByTestId('upgrade-counts')).toHaveText('1 key changes: 0 added, 0 removed, 1 changed.');

  await page.getByTestId('storage-controls').getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('dialog', { name: 'Forget everything?' }).getByRole('button', { name: 'Forget everything' }).click();
  await expect(page.getByTestId('upgrade-panel')).toHaveCount(0);
  expect(await stored()).toBe('');
  await page.reload();
  await expect(page.getByTestId('upgrade-panel')).toHaveCount(0);
});

test('ingress with TLS gives a kubectl create secret tls step and an https URL step; every shown line passes bash -n', async ({ page }) => {
  await openApp(page);
  const values = ['ingress:', '  enabled: true', '  hostName: plx.example.com', '  tls:', '    - secretName: plx-tls', '      hosts: [plx.example.com]', ''].join('\n');
  await applyImport(await typeIntoImport(page, values));

  const tls = step(page, 'Create the TLS Secret plx-tls');
  await expect(tls.locator('pre')).toHaveText("kubectl create secret tls plx-tls -n polyaxon --cert='<path/to/tls.crt>' --key='<path/to/tls.key>'");
  await expect(tls.getByTestId('step-placeholders')).toContainText('<path/to/tls.crt>');
  const reach = step(page, 'Open the gateway at https://plx.example.com/');
  await expect(reach.getByTestId('gateway-url')).toHaveText('https://plx.example.com/');
  await expect(reach.getByTestId('gateway-url')).toHaveAttribute('href', 'https://plx.example.com/');

  // The namespace comes first, and each step copies exactly what it shows.
  const titles = await deployRegion(page).getByRole('heading', { level: 3 }).allTextContents();
  expect(titles[0]).toMatch(/^1\. Create the namespace polyaxon/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await tls.getByRole('button', { name: /^Copy step/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await tls.locator('pre').textContent());

  for (const command of await shownCommands(page)) bashParses(command);
});

test('an S3 artifacts store with a secret gives a secret step with the S3 keys', async ({ page }) => {
  await openApp(page);
  const values = ['artifactsStore:', '  name: store', '  kind: s3', '  schema:', '    bucket: s3://ml-artifacts', '  secret:', '    name: s3-creds', ''].join('\n');
  await applyImport(await typeIntoImport(page, values));
  const secret = step(page, 'Create the Secret s3-creds');
  const text = (await secret.locator('pre').textContent()) ?? '';
  expect(text).toContain('kubectl create secret generic s3-creds -n polyaxon');
  expect(text).toContain("'--from-literal=AWS_ACCESS_KEY_ID=<access key id>'");
  expect(text).toContain("'--from-literal=AWS_SECRET_ACCESS_KEY=<secret access key>'");
  await expect(secret).toContainText('Used by artifactsStore (s3 "store")');
  bashParses(text);
});

test('downloading with problems says how many remain and where', async ({ page }) => {
  await openApp(page);
  await setField(page, 'ingress.enabled', true);
  const { text } = await downloadWith(page, downloadButton(page));
  expect(text).toContain('enabled: true');
  const notice = page.getByTestId('action-problems');
  // (The defaults have warnings of their own elsewhere: the count covers them all.)
  // ingress.hostName is edited in Quick setup (one input per path), so its problem is counted there.
  await expect(notice).toContainText(/^Downloaded values\.yaml with \d+ problems? remaining \(1 error\): (.*, )?\d+ in Quick setup(,|\.)/);
  // The place is a link to the first problem's field in it.
  await notice.getByRole('button', { name: /^\d+ in Quick setup$/ }).click();
  await expect(page.getByRole('region', { name: /^Quick setup/ }).locator(':focus')).toHaveCount(1);
});
