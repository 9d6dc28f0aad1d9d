import { expect, test, type Page } from '@playwright/test';
import { expectPreviewToMatch, field, openApp, previewValues, setField, valueAt } from './helpers';

/** Issue 9 point 6: presets from the docs' examples say what they change, ask over edits, and can be undone. */

async function openPresets(page: Page) {
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('presets', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test('ingress + TLS with the cert-manager option: the dialog lists the keys, applying puts the docs example in the preview, undo removes it', async ({ page }) => {
    const dialog = await openPresets(page);
    await dialog.getByRole('button', { name: 'Ingress with TLS' }).click();
    await dialog.getByRole('checkbox', { name: /cert-manager/ }).check();
    const changes = dialog.getByTestId('preset-changes');
    await expect(changes).toContainText('ingress.enabled: false → true');
    await expect(changes).toContainText('ingress.hostName: unset → polyaxon.acme.com');
    await expect(changes).toContainText('ingress.annotations');
    await dialog.getByRole('button', { name: 'Apply preset' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.MuiSnackbar-root')).toContainText('Applied “Ingress with TLS”: changed ingress.enabled, ingress.hostName, ingress.tls');
    await expectPreviewToMatch(page, {
      ingress: {
        enabled: true,
        hostName: 'polyaxon.acme.com',
        tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }],
        annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' },
      },
    });
    await page.locator('.MuiSnackbar-root').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => valueAt(await previewValues(page), 'ingress')).toBeUndefined();
  });

  test('over edited values it asks first; the minimal agent preset then focuses the instance to fill in', async ({ page }) => {
    await setField(page, 'agent.token', 'typed-token');
    const dialog = await openPresets(page);
    await dialog.getByRole('button', { name: 'Minimal agent' }).click();
    await expect(dialog.getByTestId('preset-changes')).toContainText('replaces your value');
    await dialog.getByRole('button', { name: 'Apply preset' }).click();
    await expect(dialog.getByRole('alert')).toContainText('This replaces a value you set (agent.token)');
    await dialog.getByRole('button', { name: 'Replace and apply' }).click();
    await expect(dialog).toBeHidden();
    await expectPreviewToMatch(page, { agentSecret: 'polyaxon-agent-secret' });
    await expect.poll(async () => valueAt(await previewValues(page), 'agent.token')).toBeUndefined();
    await expect(field(page, 'agent.instance')).toBeFocused();
    // Ctrl+Z outside a text box undoes the whole preset: the token comes back.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('ControlOrMeta+z');
    await expect(field(page, 'agent.token')).toHaveValue('typed-token');
  });

  test('an artifacts store preset replaces the store as a whole', async ({ page }) => {
    let dialog = await openPresets(page);
    await dialog.getByRole('button', { name: 'S3 artifacts store' }).click();
    await dialog.getByRole('button', { name: 'Apply preset' }).click();
    await expectPreviewToMatch(page, { artifactsStore: { name: 's3-artifacts', kind: 's3', schema: { bucket: 's3://bucket/' }, secret: { name: 's3-secret' } } });
    dialog = await openPresets(page);
    await dialog.getByRole('button', { name: 'Volume claim artifacts store (on-prem)' }).click();
    await dialog.getByRole('button', { name: 'Apply preset' }).click();
    await dialog.getByRole('button', { name: 'Replace and apply' }).click();
    await expect
      .poll(async () => valueAt(await previewValues(page), 'artifactsStore'))
      .toEqual({
        name: 'artifacts-pvc',
        kind: 'volume_claim',
        schema: { mountPath: '/plx-data', volumeClaim: 'polyaxon-pvc-data' },
      });
  });
});
