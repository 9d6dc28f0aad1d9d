import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * The two embeds, each on a host page from another origin (e2e/host, another
 * port): the iframe with its postMessage protocol, and embed.js in a shadow root.
 */

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
const HOST_PORT = process.env.E2E_HOST_PORT ?? 4174;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
/** The same host server under another name: a different origin, not on the allowlist. */
const OTHER_HOST = `http://localhost:${HOST_PORT}`;

interface Received {
  type: string;
  height?: number;
  yaml?: string;
  version?: string;
  values?: Record<string, unknown>;
}

async function received(page: Page): Promise<Received[]> {
  return page.evaluate(() => (window as unknown as { received: Received[] }).received);
}

async function lastChange(page: Page): Promise<Received | undefined> {
  return (await received(page)).filter((m) => m.type === 'polyaxon-values-builder:change').at(-1);
}

function iframeHost(host: string, allow = HOST): string {
  return `${host}/iframe-host.html?builder=${encodeURIComponent(APP)}&allow=${encodeURIComponent(allow)}&sections=ingress,dns`;
}

test.describe('iframe embed (?embed)', () => {
  test('compact layout with only the chosen sections; change and height messages reach the host', async ({ page }) => {
    await page.goto(iframeHost(HOST));
    const frame = page.frameLocator('#builder');
    await expect(frame.getByRole('region', { name: 'values.yaml', exact: true })).toBeVisible();
    // No app header; only the two sections asked for.
    await expect(frame.getByRole('heading', { name: 'Polyaxon Agent values builder' })).toHaveCount(0);
    await expect(frame.getByRole('banner')).toHaveCount(0);
    // Its one top-level heading is for screen readers (axe: page-has-heading-one).
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Polyaxon Agent values');
    await expect(frame.getByRole('button', { name: /Ingress & gateway service/ })).toBeVisible();
    await expect(frame.getByRole('button', { name: /^DNS/ })).toBeVisible();
    await expect(frame.getByRole('button', { name: /^Namespace/ })).toHaveCount(0);

    await expect.poll(async () => (await received(page)).some((m) => m.type === 'polyaxon-values-builder:height' && (m.height ?? 0) > 100)).toBe(true);
    await expect.poll(async () => (await lastChange(page))?.yaml).toBe('{}\n');
    // The host sized the iframe from the height message.
    const height = (await received(page)).filter((m) => m.type === 'polyaxon-values-builder:height').at(-1)?.height ?? 0;
    await expect.poll(() => page.locator('#builder').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);

    await frame.locator('input[name="ingress.hostName"]').fill('docs.embed.example.com');
    await expect.poll(async () => (await lastChange(page))?.values).toEqual({ ingress: { hostName: 'docs.embed.example.com' } });
    const change = await lastChange(page);
    expect(change?.yaml).toContain('hostName: docs.embed.example.com');
    expect(change?.version).toBe('2.15.1');
    await expect(page.locator('#yaml')).toContainText('hostName: docs.embed.example.com');
  });

  test('set-values from an allowed origin replaces the values', async ({ page }) => {
    await page.goto(iframeHost(HOST));
    const frame = page.frameLocator('#builder');
    await expect.poll(async () => (await lastChange(page))?.yaml).toBe('{}\n');
    await page.evaluate(() => (window as unknown as { sendSetValues: (v: unknown) => void }).sendSetValues({ ingress: { enabled: true, hostName: 'set.example.com' } }));
    await expect.poll(async () => (await lastChange(page))?.values).toEqual({ ingress: { enabled: true, hostName: 'set.example.com' } });
    await expect(frame.locator('input[name="ingress.hostName"]')).toHaveValue('set.example.com');
  });

  test('set-values from an origin not on the allowlist is ignored', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    // Host at http://localhost:… ; the iframe only allows http://127.0.0.1:… (and reports changes to localhost).
    await page.goto(iframeHost(OTHER_HOST, HOST));
    const frame = page.frameLocator('#builder');
    await expect.poll(async () => (await lastChange(page))?.yaml).toBe('{}\n');
    await page.evaluate(() => (window as unknown as { sendSetValues: (v: unknown) => void }).sendSetValues({ ingress: { hostName: 'evil.example.com' } }));
    await expect.poll(() => warnings.some((w) => w.includes(`ignored a set-values message from ${OTHER_HOST}`))).toBe(true);
    await expect(frame.locator('input[name="ingress.hostName"]')).toHaveValue('');
    // The embed still works for its user, and nothing from the message shows up later.
    await frame.locator('input[name="ingress.hostName"]').fill('user.example.com');
    await expect.poll(async () => (await lastChange(page))?.values).toEqual({ ingress: { hostName: 'user.example.com' } });
    expect((await received(page)).some((m) => JSON.stringify(m).includes('evil.example.com'))).toBe(false);
  });

  test('without &origin= no values leave the iframe (only height messages, to any parent)', async ({ page }) => {
    await page.goto(`${HOST}/iframe-host.html?builder=${encodeURIComponent(APP)}`);
    // Rewrite the iframe address without origin=, as a careless embedder would.
    await page.evaluate((app) => {
      const frame = document.getElementById('builder') as HTMLIFrameElement;
      (window as unknown as { received: unknown[] }).received.length = 0;
      frame.src = `${app}?embed&sections=dns`;
    }, APP);
    const frame = page.frameLocator('#builder');
    await frame.locator('input[name="dns.prefix"]').fill('kube-dns.other');
    await expect.poll(async () => (await received(page)).some((m) => m.type === 'polyaxon-values-builder:height')).toBe(true);
    expect((await received(page)).filter((m) => m.type !== 'polyaxon-values-builder:height')).toEqual([]);
  });
});

test.describe('script embed (embed.js)', () => {
  const scriptHost = (css: boolean, manual = false) => `${HOST}/script-host.html?builder=${encodeURIComponent(APP)}${css ? '' : '&css=0'}${manual ? '&mount=manual' : ''}`;

  test('mounts with initial values, reports changes through onChange', async ({ page }) => {
    await page.goto(scriptHost(true));
    const host = page.locator('input[name="ingress.hostName"]'); // Playwright's CSS engine pierces the open shadow root
    await expect(host).toHaveValue('docs.example.com');
    await expect(page.locator('#yaml')).toContainText('hostName: docs.example.com');
    await host.fill('changed.example.com');
    await expect(page.locator('#yaml')).toContainText('hostName: changed.example.com');
    // Only the sections asked for, inside the shadow root.
    const inShadow = await page.locator('#builder').evaluate((el) => !!el.shadowRoot && !!el.shadowRoot.querySelector('[name="ingress.hostName"]'));
    expect(inShadow).toBe(true);
    await expect(page.getByRole('button', { name: /^Namespace/ })).toHaveCount(0);
    // setValues and unmount through the handle.
    await page.evaluate(() => (window as unknown as { handle: { setValues: (v: unknown) => void } }).handle.setValues({ dns: { prefix: 'from-handle' } }));
    await expect(page.locator('#yaml')).toContainText('prefix: from-handle');
    await page.evaluate(() => (window as unknown as { handle: { unmount: () => void } }).handle.unmount());
    expect(await page.locator('#builder').evaluate((el) => el.shadowRoot?.childNodes.length)).toBe(0);
  });

  /** Computed styles of a few elements inside the embed. */
  async function embedStyles(page: Page) {
    await expect(page.locator('input[name="ingress.hostName"]')).toBeVisible();
    return page.locator('#builder').evaluate((el) => {
      const root = el.shadowRoot!;
      const pick = (node: Element | null) => {
        if (!node) return null;
        const s = getComputedStyle(node);
        return { color: s.color, fontSize: s.fontSize, fontFamily: s.fontFamily, letterSpacing: s.letterSpacing, lineHeight: s.lineHeight };
      };
      const input = root.querySelector('input[name="ingress.hostName"]');
      return {
        input: pick(input),
        label: pick(input?.closest('[data-field]')?.querySelector('label') ?? null),
        summary: pick(root.querySelector('[aria-expanded]')),
        title: pick(root.querySelector('[aria-expanded] span')),
        preview: pick(root.querySelector('pre')),
        box: input?.getBoundingClientRect().height ?? 0,
      };
    });
  }

  test('the host page CSS does not change it', async ({ page }) => {
    await page.goto(scriptHost(false));
    const clean = await embedStyles(page);
    await page.goto(scriptHost(true));
    const hostile = await embedStyles(page);
    // The host's own text does get the hostile CSS (the test would prove nothing otherwise).
    expect(await page.locator('#host-text').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
    expect(hostile).toEqual(clean);
    expect(JSON.stringify(hostile)).not.toContain('rgb(255, 0, 0)');
    expect(hostile.title?.fontSize).not.toBe('40px');
  });

  test('its styles do not leak into the host page', async ({ page }) => {
    await page.goto(scriptHost(false, true));
    await page.waitForFunction(() => (window as unknown as { embedLoaded?: boolean }).embedLoaded === true);
    const snapshot = () =>
      page.evaluate(() => {
        const pick = (id: string) => {
          const s = getComputedStyle(document.getElementById(id)!);
          return [s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.padding, s.borderRadius, s.textTransform, s.margin].join('|');
        };
        return { text: pick('host-text'), button: pick('host-button'), body: getComputedStyle(document.body).margin, styles: document.querySelectorAll('style').length };
      });
    const before = await snapshot();
    await page.evaluate(() => (window as unknown as { mountBuilder: () => void }).mountBuilder());
    await expect(page.locator('input[name="ingress.hostName"]')).toBeVisible();
    expect(await snapshot()).toEqual(before);
    // Emotion wrote its styles into the shadow root, none into the document.
    const counts = await page.locator('#builder').evaluate((el) => ({
      inShadow: el.shadowRoot!.querySelectorAll('style[data-emotion]').length,
      inDocument: document.querySelectorAll('style[data-emotion]').length,
    }));
    expect(counts.inDocument).toBe(0);
    expect(counts.inShadow).toBeGreaterThan(0);
  });
});

test('the docs example page shows both embeds working', async ({ page }) => {
  await page.goto(`${HOST}/embed-example.html?builder=${encodeURIComponent(APP)}`);
  await expect(page.locator('#iframe-yaml')).toHaveText('{}\n');
  await expect(page.locator('#script-yaml')).toContainText('enabled: true');
  await page.getByRole('button', { name: 'Send values to the iframe (set-values)' }).click();
  await expect(page.locator('#iframe-yaml')).toContainText('hostName: polyaxon.example.com');
});
