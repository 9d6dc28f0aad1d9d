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
// .ci/run builds the renderer and sets REQUIRE_WASM=1: there a missing build fails instead of skipping.
if (!existsSync(WASM) && process.env.REQUIRE_WASM === '1') throw new Error(`REQUIRE_WASM=1 but ${WASM} is missing`);
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

const REPOSITORY = 'https://charts.polyaxon.com';
const OLDER_CHART = path.resolve(import.meta.dirname, '../../shared/charts/agent-2.14.0.tgz');

/** A Helm repository index (the shape `helm repo index` writes) listing agent 2.15.1 and 2.14.0. */
function repositoryIndex(digest: string): string {
  const older = createHash('sha256').update(readFileSync(OLDER_CHART)).digest('hex');
  return [
    'apiVersion: v1',
    'entries:',
    '  agent:',
    '  - apiVersion: v2',
    '    name: agent',
    '    version: 2.15.1',
    `    digest: ${digest}`,
    '    urls:',
    `    - ${REPOSITORY}/agent-2.15.1.tgz`,
    '  - apiVersion: v2',
    '    name: agent',
    '    version: 2.14.0',
    `    digest: ${older}`,
    '    urls:',
    '    - agent-2.14.0.tgz',
    'generated: "2026-01-01T00:00:00Z"',
    '',
  ].join('\n');
}

test('fetches the chart from the chart repository only on that click: digest checked and shown, bad answers refused', async ({ page }) => {
  const real = readFileSync(CHART);
  const digest = createHash('sha256').update(real).digest('hex');
  // What the (routed) repository answers; each step below changes it. Read in place from ../shared/charts.
  let index: 'down' | 'unreachable' | 'ok' = 'down';
  let archive: Buffer = real;
  let indexDigest = digest;
  const served: string[] = [];
  await page.route(`${REPOSITORY}/**`, async (route) => {
    const url = route.request().url();
    served.push(url);
    const cors = { 'access-control-allow-origin': '*' };
    if (url === `${REPOSITORY}/index.yaml`) {
      if (index === 'unreachable') await route.abort('failed');
      else if (index === 'down') await route.fulfill({ status: 404, body: 'Not Found', headers: cors });
      else await route.fulfill({ status: 200, body: repositoryIndex(indexDigest), headers: cors, contentType: 'text/yaml' });
    } else if (url === `${REPOSITORY}/agent-2.15.1.tgz`) {
      await route.fulfill({ status: 200, body: archive, headers: cors, contentType: 'application/gzip' });
    } else {
      await route.fulfill({ status: 404, body: 'Not Found', headers: cors });
    }
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const outside = () => requests.filter((u) => !u.startsWith(new URL(page.url()).origin) && !u.startsWith('data:') && !u.startsWith('blob:'));

  await openApp(page);
  await openManifests(page);
  const fetchButton = page.getByRole('button', { name: 'Fetch from the chart repository' });
  await expect(fetchButton).toBeEnabled();
  // Opening the view asks nothing of the repository.
  expect(outside()).toEqual([]);
  const error = page.getByTestId('chart-error');

  // The repository is down: a clear error, nothing kept.
  await fetchButton.click();
  await expect(error).toContainText(`Could not read ${REPOSITORY}/index.yaml (HTTP 404)`, { timeout: RENDER_TIMEOUT });
  await expect(error).toContainText('helm pull');

  // The repository cannot be reached (offline, or the browser blocks it): the same clear error.
  index = 'unreachable';
  await fetchButton.click();
  await expect(error).toContainText(`Could not read ${REPOSITORY}/index.yaml (Failed to fetch)`, { timeout: RENDER_TIMEOUT });

  // A broken archive: refused by Helm's loader, nothing kept.
  index = 'ok';
  archive = Buffer.from('<html>an error page, not a chart</html>');
  indexDigest = createHash('sha256').update(archive).digest('hex');
  await fetchButton.click();
  await expect(error).toContainText('agent-2.15.1.tgz is not a usable Helm chart archive', { timeout: RENDER_TIMEOUT });

  // An archive that does not match the digest the index lists: refused before it is read.
  archive = readFileSync(OLDER_CHART);
  indexDigest = digest;
  await fetchButton.click();
  await expect(error).toContainText(`${REPOSITORY}/agent-2.15.1.tgz does not match the repository index`, { timeout: RENDER_TIMEOUT });

  // A foreign archive (another release's chart, under this release's name and digest): refused with what it is.
  indexDigest = createHash('sha256').update(archive).digest('hex');
  await fetchButton.click();
  await expect(error).toContainText('agent-2.15.1.tgz is the agent chart 2.14.0, but the builder targets chart 2.15.1', { timeout: RENDER_TIMEOUT });
  expect(await page.getByTestId('chart-ready').count()).toBe(0);

  // The real archive: kept, its digest shown, and it renders.
  archive = real;
  indexDigest = digest;
  await fetchButton.click();
  await expect(page.getByTestId('chart-digest')).toHaveText(digest, { timeout: RENDER_TIMEOUT });
  await expect(page.getByTestId('chart-ready')).toContainText('from the chart repository');
  await expect(object(page, 'Deployment', 'polyaxon-polyaxon-agent')).toBeVisible({ timeout: RENDER_TIMEOUT });

  // Every request outside the app went to the repository, one index + (after it) one archive per click.
  expect(outside()).toEqual(served);
  expect(served.filter((u) => u.endsWith('/index.yaml'))).toHaveLength(6);
  expect(served.filter((u) => u.endsWith('.tgz'))).toEqual(Array(4).fill(`${REPOSITORY}/agent-2.15.1.tgz`));

  // Kept in the browser: after a reload it is there without another request.
  await page.reload();
  await openManifests(page);
  await expect(page.getByTestId('chart-digest')).toHaveText(digest);
  await expect(page.getByTestId('chart-ready')).toContainText('from the chart repository');
  expect(served).toHaveLength(10);
});
