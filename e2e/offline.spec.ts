import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expandSection, expectPreviewValue, field, previewRegion, setField } from './helpers';

/*
 * Offline and update path of the service worker (dist/sw.js). Each test serves
 * its own copy of the build from a server it can stop (so "offline" really
 * means nothing answers, whatever the browser's offline emulation covers) and
 * change (a new deploy).
 */

const DIST = path.resolve('dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

interface Site {
  dir: string;
  origin: string;
  stop(): Promise<void>;
}

async function serveCopyOfBuild(): Promise<Site> {
  if (!existsSync(path.join(DIST, 'sw.js'))) throw new Error('dist/sw.js is missing: the e2e web server builds the app first');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'values-builder-offline-'));
  cpSync(DIST, dir, { recursive: true });
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    dir,
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after the first visit the app loads and works with the server gone and the network off', async ({ browser }) => {
  const site = await serveCopyOfBuild();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await expect(previewRegion(page)).toBeVisible();
    await waitForServiceWorker(page);

    await site.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(previewRegion(page)).toBeVisible();
    await setField(page, 'namespace', 'offline-ns');
    await expectPreviewValue(page, 'namespace', 'offline-ns');
    // Lazily loaded parts come from the precache too: an Advanced section's widgets and the import dialog.
    await expandSection(page, 'Node scheduling');
    await expect(page.locator('[data-field="tolerations"]').getByRole('button', { name: /add/i }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Import values' })).toBeVisible();
    await page.keyboard.press('Escape');
    // The iframe embed is the same page with ?embed.
    await page.goto(`${site.origin}/?embed&sections=dns`);
    await expect(page.getByTestId('embed-view')).toBeVisible();
    await expect(field(page, 'dns.customCluster')).toBeVisible();
  } finally {
    await context.close();
    await site.stop().catch(() => undefined);
    rmSync(site.dir, { recursive: true, force: true });
  }
});

test('a new deploy shows a "new version" notice; Reload switches to it, the edits stay', async ({ browser }) => {
  const site = await serveCopyOfBuild();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await expect(previewRegion(page)).toBeVisible();
    await waitForServiceWorker(page);
    await setField(page, 'namespace', 'kept-ns');
    await expectPreviewValue(page, 'namespace', 'kept-ns');

    // Deploy a changed build: a different page and a new worker (its build id is the hash of the files).
    const index = path.join(site.dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head><meta name="deploy" content="second">'));
    const sw = path.join(site.dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const BUILD = "[^"]+";/, 'const BUILD = "second-deploy";'));

    // The next visit still runs the version it has (from the cache) and learns about the new one.
    await page.reload();
    await expect(previewRegion(page)).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the builder is available' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('meta[name="deploy"]')).toHaveCount(0);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="deploy"]')).toHaveAttribute('content', 'second', { timeout: 20_000 });
    await expect(previewRegion(page)).toBeVisible();
    await expectPreviewValue(page, 'namespace', 'kept-ns');
    await expect(notice).toHaveCount(0);
  } finally {
    await context.close();
    await site.stop();
    rmSync(site.dir, { recursive: true, force: true });
  }
});
