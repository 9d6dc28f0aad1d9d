import { expect, test } from '@playwright/test';
import { expectPreviewValue, openApp, pasteIntoImport, previewText, previewValues } from './helpers';

const DOCS_VALUES = ['timeZone: Europe/Berlin', 'securityContext:', '  enabled: true', '  user: 1111', '  group: 1111', ''].join('\n');

/** A "billion laughs": nine levels of nine aliases each (10^9 strings once expanded). */
function billionLaughs(): string {
  const names = 'abcdefghi';
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < names.length; i += 1)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

test('pasting the docs’ values shows the migrations; applying puts timezone and runAsUser in the preview', async ({ page }) => {
  await openApp(page);
  expect(await previewText(page)).toBe('{}\n');
  const dialog = await pasteIntoImport(page, DOCS_VALUES);

  const migrations = dialog.getByTestId('import-migrations');
  await expect(migrations).toContainText('3 changes to what the chart reads');
  await expect(migrations).toContainText('Renamed timeZone to timezone');
  await expect(migrations).toContainText('Renamed securityContext.user to securityContext.runAsUser');
  await expect(migrations).toContainText('Renamed securityContext.group to securityContext.runAsGroup');

  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await expect(dialog).toBeHidden();
  await expectPreviewValue(page, 'timezone', 'Europe/Berlin');
  await expectPreviewValue(page, 'securityContext.runAsUser', 1111);
  const values = await previewValues(page);
  expect(values).toMatchObject({ timezone: 'Europe/Berlin', securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 } });
  expect(values).not.toHaveProperty('timeZone');
  expect(values.securityContext).not.toHaveProperty('user');

  // The import can be undone.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => previewText(page)).toBe('{}\n');
});

test('a hostile paste (billion laughs) shows a clear message and leaves the form unchanged', async ({ page }) => {
  await openApp(page);
  const before = await previewText(page);
  const dialog = await pasteIntoImport(page, billionLaughs());

  const error = dialog.getByTestId('import-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('billion laughs');
  await expect(error).toContainText(/\d+:\d+/);
  await expect(dialog.getByRole('button', { name: 'Apply import' })).toBeDisabled();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await previewText(page)).toBe(before);
});
