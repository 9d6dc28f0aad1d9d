import { expect, test, type Page } from '@playwright/test';
import { applyImport, expectPreviewValue, field, openApp, previewText, problemsIndicator, setField, typeIntoImport } from './helpers';

// Issue 9 points 1-4: Quick setup and the section rail, the field finder, one problems list, change tracking.

test.describe.configure({ mode: 'parallel' });

const rail = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

test('a fresh page: Quick setup first, no problems shown, two steps to do; the rail counts changes and problems and follows the scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page);
  // Essentials first: the first section of the form is Quick setup, with the fields a new agent needs.
  const form = page.getByRole('form', { name: 'Chart values' });
  await expect(form.getByRole('heading').first()).toHaveText(/^Quick setup/);
  const quick = page.getByRole('region', { name: /^Quick setup/ });
  for (const path of ['namespace', 'agent.instance', 'agent.token', 'agentSecret', 'ingress.enabled', 'ingress.hostName', 'gateway.service.type']) {
    await expect(field(quick, path), path).toBeAttached();
  }
  // One input per values path: the reference sections point to Quick setup instead.
  await expect(page.locator('input[name="namespace"]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: /^Namespace/ }).getByRole('button', { name: 'Namespace: set in Quick setup' })).toBeVisible();

  // Nothing is red or orange before the user did anything: the header says what is still to do.
  await expect(problemsIndicator(page)).toHaveText(/^No problems · 2 to do$/);
  await expect(page.locator('.Mui-error')).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);

  // The rail: every section, the current one marked; counts appear as the user edits.
  await expect(rail(page).getByRole('button', { name: 'Quick setup' })).toHaveAttribute('aria-current', 'location');
  await expect(rail(page).getByRole('button', { name: 'Gateway deployment' })).toBeVisible();
  await setField(page, 'namespace', 'Bad_NS');
  await expect(rail(page).getByRole('button', { name: 'Quick setup (1 changed, 1 problem)' })).toBeVisible();
  await expect(rail(page).getByRole('button', { name: 'Namespace (1 changed, 1 problem)' })).toBeVisible();
  await setField(page, 'namespace', 'ml');
  await expect(rail(page).getByRole('button', { name: 'Quick setup (1 changed)' })).toBeVisible();

  // Sticky: still on screen after scrolling; clicking a section opens it and it becomes current.
  await rail(page).getByRole('button', { name: 'Gateway deployment' }).click();
  await expect(page.locator('input[name="gateway.replicas"]')).toBeVisible();
  await expect(rail(page)).toBeInViewport();
  await expect(rail(page).getByRole('button', { name: 'Gateway deployment' })).toHaveAttribute('aria-current', 'location');
  await expect(rail(page).getByRole('button', { name: 'Quick setup (1 changed)' })).not.toHaveAttribute('aria-current', 'location');
});

test('keyboard only: "/" "i" "n" "g" Enter reaches Enable ingress, Space turns it on (6 key presses)', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 1, y: 300 } });
  const presses = ['/', 'i', 'n', 'g', 'Enter', 'Space'];
  for (const key of presses.slice(0, 5)) await page.keyboard.press(key);
  const toggle = page.getByRole('switch', { name: 'Enable ingress' });
  await expect(toggle).toBeFocused();
  await page.keyboard.press(presses[5]!);
  await expect(toggle).toBeChecked();
  expect(presses).toHaveLength(6);
  await expectPreviewValue(page, 'ingress.enabled', true);
});

test('search finds fields of collapsed Advanced sections by key, label and allowed value; Enter opens the section and focuses the field', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('input[name="gateway.replicas"]')).toHaveCount(0); // collapsed: not in the DOM
  await page.keyboard.press('ControlOrMeta+k');
  const finder = page.getByRole('dialog', { name: 'Search fields' });
  const box = finder.getByRole('combobox', { name: 'Search fields' });
  await expect(box).toBeFocused();
  await box.fill('replicas');
  await expect(finder.getByRole('option').first()).toContainText('gateway.replicas');
  await page.keyboard.press('Enter');
  await expect(finder).toBeHidden();
  await expect(page.locator('input[name="gateway.replicas"]')).toBeFocused();

  // By an allowed value, then arrows to choose: the hint says which value matched.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 1, y: 300 } });
  await page.keyboard.press('/');
  await box.fill('logLevel');
  await expect(finder.getByRole('option').first()).toContainText('logLevel');
  await box.fill('nodeport');
  const option = finder.getByRole('option').filter({ hasText: 'gateway.service.type' });
  await expect(option).toContainText('value NodePort');
  await option.click();
  await expect(page.getByRole('combobox', { name: 'Service type' })).toBeFocused();

  // Nothing matches: said so.
  await page.keyboard.press('ControlOrMeta+k');
  await box.fill('zzzz-no-such-key');
  await expect(finder.getByRole('status')).toHaveText('No field matches “zzzz-no-such-key”.');
});

test('search finds sub-fields (a toleration’s effect) and goes to the list holding them: its Add button when empty, the row’s input after', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('ControlOrMeta+k');
  const finder = page.getByRole('dialog', { name: 'Search fields' });
  const box = finder.getByRole('combobox', { name: 'Search fields' });
  await box.fill('effect');
  const option = finder.getByRole('option').filter({ has: page.locator('code', { hasText: /^tolerations\[\]\.effect$/ }) });
  // The list is empty: the hit says so; Enter opens the section and focuses the list's Add button.
  await expect(option).toContainText('in Tolerations (add a row)');
  await option.click();
  const add = page.getByRole('button', { name: 'Add toleration' });
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+k');
  await box.fill('effect');
  await expect(option).not.toContainText('add a row');
  await option.click();
  await expect(page.locator('[name="tolerations.0.effect"]')).toBeFocused();
});

test('one problems list: errors, warnings and notes apart, go to a field, remove a key no field shows; a fixed problem leaves the list', async ({ page }) => {
  await openApp(page);
  await applyImport(await typeIntoImport(page, 'postgresql:\n  enabled: true\nnamespace: Bad_NS\ningress:\n  enabled: true\n'));
  await expect(problemsIndicator(page)).toContainText(/\d+ problems/);
  await problemsIndicator(page).getByRole('button').click();
  const drawer = page.getByRole('dialog', { name: 'Problems and notes' });
  const errors = drawer.getByRole('region', { name: /^Errors/ });
  const warnings = drawer.getByRole('region', { name: /^Warnings/ });
  const notes = drawer.getByRole('region', { name: /^Notes/ });
  await expect(errors).toContainText('namespace');
  await expect(errors).toContainText('ingress.hostName');
  await expect(notes).toContainText('agent.instance');
  // The unknown key: a warning (Helm ignores it) and a CLI error, each with "Remove key".
  await expect(drawer.getByRole('button', { name: 'Remove key postgresql' }).first()).toBeVisible();
  await expect(warnings.getByRole('button', { name: 'Remove key postgresql' })).toHaveCount(1);
  // No duplicates: each entry once.
  const entries = await drawer.locator('li').allTextContents();
  expect(new Set(entries).size).toBe(entries.length);

  await warnings.getByRole('button', { name: 'Remove key postgresql' }).click();
  await expect(drawer.getByRole('button', { name: /Remove key postgresql/ })).toHaveCount(0);

  // Go to field: the drawer closes and the input is focused; fixing it removes the entry.
  await errors.getByRole('button', { name: 'Go to ingress.hostName' }).click();
  await expect(drawer).toBeHidden();
  await expect(field(page, 'ingress.hostName')).toBeFocused();
  expect(await previewText(page)).not.toContain('postgresql');
  await page.keyboard.type('polyaxon.acme.com');
  await setField(page, 'namespace', 'ml');
  await expect(problemsIndicator(page)).toHaveText(/^No problems · 2 to do$/);
  await problemsIndicator(page).getByRole('button').click();
  await expect(drawer.getByRole('heading', { name: 'Errors (0)' })).toBeVisible();
  await expect(drawer.getByRole('heading', { name: 'Warnings (0)' })).toBeVisible();
});

test('a new, empty list row is not red until the user leaves it', async ({ page }) => {
  await openApp(page);
  const region = page.getByRole('region', { name: /^Node scheduling/ });
  await region.getByRole('button', { name: 'Add toleration' }).click();
  const row = region.getByRole('group', { name: 'toleration 1' });
  await expect(row).toBeVisible();
  await expect(problemsIndicator(page)).toHaveText(/^No problems/);
  await expect(row.locator('[aria-invalid="true"], .Mui-error')).toHaveCount(0);
  // Into the row and out of it again: now its problems show.
  await row.locator('input:not([type=hidden])').first().focus();
  await expect(problemsIndicator(page)).toHaveText(/^No problems/);
  await page
    .getByRole('region', { name: /^Quick setup/ })
    .locator('input[name="namespace"]')
    .focus();
  await expect(problemsIndicator(page)).toHaveText(/\d+ problems?/);
});

test('change tracking: changed fields are marked and reset one by one; the Changes view lists old -> new', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('button', { name: 'No changes', exact: true })).toBeVisible();
  await setField(page, 'namespace', 'ml');
  await setField(page, 'ingress.enabled', true);
  await setField(page, 'agent.token', 'secret-token');
  const frame = page.locator('[data-field="namespace"]');
  await expect(frame.getByText('Changed', { exact: true })).toBeVisible();
  await expect(page.locator('[data-field="agentSecret"]').getByText('Changed', { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: '3 changes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Changes from the chart defaults/ });
  await expect(dialog.locator('[data-change="namespace"]')).toContainText('"polyaxon"');
  await expect(dialog.locator('[data-change="namespace"]')).toContainText('"ml"');
  await expect(dialog.locator('[data-change="ingress.enabled"]')).toContainText('false');
  await expect(dialog.locator('[data-change="ingress.enabled"]')).toContainText('true');
  // Secrets are masked.
  await expect(dialog.locator('[data-change="agent.token"]')).not.toContainText('secret-token');
  await dialog.getByRole('button', { name: 'Reset ingress.enabled' }).click();
  await expect(dialog.locator('[data-change="ingress.enabled"]')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The marker's reset button puts the chart default back and keeps focus on the field.
  await frame.getByRole('button', { name: 'Reset Namespace to the chart default' }).click();
  await expect(field(page, 'namespace')).toHaveValue('polyaxon');
  await expect(field(page, 'namespace')).toBeFocused();
  await expect(frame.getByText('Changed', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '1 change', exact: true })).toBeVisible();
  // The preview masks the token (reveal per value); the value itself is kept.
  expect(await previewText(page)).toBe('agent:\n  token: ••••••••\n');
});
