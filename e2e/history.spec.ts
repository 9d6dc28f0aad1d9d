import { expect, test, type Page } from '@playwright/test';
import { addListRow, expandSection, field, fieldFrame, openApp, previewText, setField } from './helpers';

/** Issue 9 point 5: undo/redo for every change, by keyboard and buttons, kept across the session. */

const undoButton = (page: Page) => page.getByTestId('history-undo');
const redoButton = (page: Page) => page.getByTestId('history-redo');

async function expectPreview(page: Page, check: (text: string) => boolean, message: string) {
  await expect.poll(async () => check(await previewText(page)), { message }).toBe(true);
}

test.describe('undo and redo', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await expect(undoButton(page)).toBeDisabled();
  });

  test('typing is undone per field with Ctrl+Z, redone with Shift+Ctrl+Z, also from the buttons', async ({ page }) => {
    const ns = field(page, 'namespace');
    await ns.click();
    await ns.press('ControlOrMeta+a');
    await ns.pressSequentially('team-a');
    await expandSection(page, 'Ingress & gateway service');
    const host = field(page, 'ingress.hostName');
    await host.click();
    await host.pressSequentially('polyaxon.acme.com');
    await expectPreview(page, (t) => t.includes('namespace: team-a') && t.includes('hostName: polyaxon.acme.com'), 'both edits in the preview');
    await expect(undoButton(page)).toHaveAccessibleName('Undo: Edit “Host name”');

    // In a form field, Ctrl+Z is the builder's undo: the whole typed host goes at once, then the namespace.
    await host.press('ControlOrMeta+z');
    await expect(host).toHaveValue('');
    await expect(ns).toHaveValue('team-a');
    await host.press('ControlOrMeta+z');
    await expect(ns).toHaveValue('polyaxon');
    await expectPreview(page, (t) => t === '{}\n', 'preview back to no changes');
    await expect(undoButton(page)).toBeDisabled();

    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(ns).toHaveValue('team-a');
    await redoButton(page).click();
    await expect(host).toHaveValue('polyaxon.acme.com');
    await expect(page.locator('.MuiSnackbar-root')).toContainText('Redone: Edit “Host name”');
    await undoButton(page).click();
    await expect(host).toHaveValue('');
  });

  test('list rows added and removed are steps of their own', async ({ page }) => {
    await expandSection(page, 'Node scheduling');
    await addListRow(page, 'tolerations', 'tolerations.0.key');
    await setField(page, 'tolerations.0.key', 'dedicated');
    await fieldFrame(page, 'tolerations')
      .getByRole('button', { name: /^Remove .* 1$/ })
      .click();
    await expect(field(page, 'tolerations.0.key')).toHaveCount(0);
    await expect(undoButton(page)).toHaveAccessibleName('Undo: Remove a row from “Tolerations”');
    await undoButton(page).click();
    await expect(field(page, 'tolerations.0.key')).toHaveValue('dedicated');
    await undoButton(page).click(); // the typing
    await expect(field(page, 'tolerations.0.key')).toHaveValue('');
    await expect(undoButton(page)).toHaveAccessibleName('Undo: Add a row to “Tolerations”');
    await undoButton(page).click();
    await expect(field(page, 'tolerations.0.key')).toHaveCount(0);
  });

  test('a reset and an import are single steps, undone from their snackbar or with Ctrl+Z', async ({ page }) => {
    await setField(page, 'namespace', 'mine');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByRole('menuitem', { name: /Reset the whole form/ }).click();
    await expect(field(page, 'namespace')).toHaveValue('polyaxon');
    await page.locator('.MuiSnackbar-root').getByRole('button', { name: 'Undo' }).click();
    await expect(field(page, 'namespace')).toHaveValue('mine');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import values' });
    await dialog.getByRole('textbox', { name: 'Text to import' }).fill('namespace: imported\ntimeZone: Europe/Berlin\n');
    await dialog.getByRole('button', { name: 'Apply import' }).click();
    const replace = dialog.getByRole('button', { name: /replace|apply/i }).last();
    if (await dialog.isVisible()) await replace.click();
    await expect(field(page, 'namespace')).toHaveValue('imported');
    await expectPreview(page, (t) => t.includes('timezone: Europe/Berlin'), 'imported time zone');
    await expect(undoButton(page)).toHaveAccessibleName(/^Undo: Import from /);
    await page.locator('body').press('ControlOrMeta+z');
    await expect(field(page, 'namespace')).toHaveValue('mine');
    await expectPreview(page, (t) => !t.includes('timezone'), 'import undone');
  });

  test('switching the chart release is undone to the exact release and values', async ({ page }) => {
    await setField(page, 'namespace', 'mine');
    const select = page.getByRole('combobox', { name: 'Chart version' });
    await select.selectOption('2.14.0');
    await expect(select).toHaveValue('2.14.0');
    await expect(undoButton(page)).toHaveAccessibleName('Undo: Target chart 2.14.0');
    await undoButton(page).click();
    await expect(page.getByRole('combobox', { name: 'Chart version' })).toHaveValue('2.15.1');
    await expect(field(page, 'namespace')).toHaveValue('mine');
  });

  test('the history is kept across a reload of the tab', async ({ page }) => {
    await setField(page, 'namespace', 'before-reload');
    await page.waitForTimeout(700); // autosave and history save are debounced
    await page.reload();
    await expect(field(page, 'namespace')).toHaveValue('before-reload');
    await expect(undoButton(page)).toHaveAccessibleName('Undo: Edit “Namespace”');
    await undoButton(page).click();
    await expect(field(page, 'namespace')).toHaveValue('polyaxon');
  });
});
