import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expandSection, openApp } from './helpers/app';
import { setField } from './helpers/fields';

/**
 * The Manifests view: the user gives the real chart archive (read in place from ../shared/charts), Helm's engine
 * renders it in the browser (WebAssembly in a Web Worker), the objects are grouped by kind with Secret values masked,
 * they follow the form, and the diff against the chart defaults shows what the edits change.
 */
const CHART = path.resolve(import.meta.dirname, '../../shared/charts/agent-2.15.1.tgz');
const WASM = path.resolve(import.meta.dirname, '../wasm/helm-render/dist/helm-render.wasm');
// One render takes a few seconds on an idle machine (the chart's CRDs are large); CI shares 2 cores.
const RENDER_TIMEOUT = 240_000;

test.skip(!existsSync(CHART), `the real chart is not at ${CHART}`);
test.skip(!existsSync(WASM), 'the in-browser renderer is not built (npm run build:wasm)');
test.setTimeout(600_000);

async function openManifests(page: Page) {
  await page.getByRole('button', { name: 'Show manifests' }).click();
  await expect(page.getByTestId('manifests-view')).toBeVisible();
}

function object(page: Page, kind: string, name: string) {
  return page.locator(`[data-testid="manifest-object"][data-kind="${kind}"][data-name="${name}"]`);
}

test('renders the real chart in the browser, follows the form, masks secrets and diffs against the defaults', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(page);
  // Nothing of the renderer is loaded before the view opens.
  expect(requests.filter((u) => /wasm|render-worker/.test(u))).toEqual([]);
  await openManifests(page);
  const view = page.getByTestId('manifests-view');
  await expect(view.getByText('helm pull polyaxon/agent --version 2.15.1')).toBeVisible();

  // A foreign file gets a clear error and changes nothing.
  await page.getByTestId('chart-file-input').setInputFiles({ name: 'agent-2.15.1.tgz', mimeType: 'application/gzip', buffer: Buffer.from('not a chart at all') });
  await expect(page.getByTestId('chart-error')).toContainText('not a usable Helm chart archive', { timeout: RENDER_TIMEOUT });

  // The real archive: its digest is shown and it renders.
  await page.getByTestId('chart-file-input').setInputFiles(CHART);
  const digest = createHash('sha256').update(readFileSync(CHART)).digest('hex');
  await expect(page.getByTestId('chart-digest')).toHaveText(digest, { timeout: RENDER_TIMEOUT });
  await expect(object(page, 'Deployment', 'polyaxon-polyaxon-agent')).toBeVisible({ timeout: RENDER_TIMEOUT });
  await expect(page.getByTestId('group-deployments')).toContainText('Deployments (3)');
  await expect(page.getByTestId('group-rbac')).toBeVisible();
  // The renderer came from wasm/ and ran in a worker.
  expect(requests.some((u) => u.endsWith('/wasm/helm-render.wasm'))).toBe(true);

  // CRDs are collapsed; Secret values are masked.
  await expect(page.getByTestId('group-crds')).toContainText('do not depend on your values');
  await expect(object(page, 'CustomResourceDefinition', 'operations.core.polyaxon.com')).toBeHidden();
  await object(page, 'Secret', 'polyaxon-polyaxon-secret').getByRole('button').first().click();
  const secret = object(page, 'Secret', 'polyaxon-polyaxon-secret');
  await expect(secret).toContainText('POLYAXON_SECRET_KEY: "••••••"');
  await expect(secret).not.toContainText(/POLYAXON_SECRET_KEY: "[A-Za-z0-9+/=]{20,}"/);

  // Editing the form updates the manifests (debounced, in the worker): an Ingress appears with the host.
  expect(await object(page, 'Ingress', 'polyaxon-polyaxon-ingress').count()).toBe(0);
  await expandSection(page, 'Ingress & gateway service');
  await setField(page, 'ingress.enabled', true);
  await setField(page, 'ingress.hostName', 'polyaxon.acme.com');
  const ingress = object(page, 'Ingress', 'polyaxon-polyaxon-ingress');
  await expect(ingress).toBeVisible({ timeout: RENDER_TIMEOUT });
  await ingress.getByRole('button').first().click();
  await expect(ingress).toContainText('host: "polyaxon.acme.com"', { timeout: RENDER_TIMEOUT });

  // Against the chart defaults: the Ingress is new, the common ConfigMap changed (POLYAXON_PLATFORM_HOST).
  await page.getByRole('button', { name: 'Chart defaults' }).click();
  await expect(ingress.getByText('added', { exact: true })).toBeVisible({ timeout: RENDER_TIMEOUT });
  const config = object(page, 'ConfigMap', 'polyaxon-polyaxon-config');
  await expect(config.getByText('changed', { exact: true })).toBeVisible();
  await config.getByRole('button').first().click();
  await expect(config.getByLabel('Differences')).toContainText('+   POLYAXON_PLATFORM_HOST: "polyaxon.acme.com"');

  // The archive is kept in the browser: after a reload it is there without asking again.
  await page.reload();
  await openManifests(page);
  await expect(page.getByTestId('chart-digest')).toHaveText(digest);

  // No request left for anywhere but the app itself.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
});
