/**
 * The built app in Debian Chromium: first paint and first input, time to open
 * every form section (1x and 4x CPU throttling), axe violations (main page with
 * every section open, light and dark, and the embed page), JS heap after load
 * and after 1,000 keystrokes, and the time to import a 1 MB values file.
 * `npm run bench browser`. It reports, never asserts on time.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { SECTIONS } from '../src/schema/sections';
import { allowPageFunctions, limit, median, ms, repetitions, runInBrowser, step, type AppInBrowser } from './lib/browser';
import type { Figure } from './lib/figure';
import { readSharedFile } from './lib/shared';

const NAME = 'app-in-browser';
const FIRST_FORM_INPUT = '[role="form"][aria-label="Chart values"] input:not(:disabled):not([type="hidden"])';
/** Cold loads for first paint (BENCH_LOADS, default 5). */
const LOADS = repetitions('LOADS', 5);
const HEAP_KEYSTROKES = 1000;
const THROTTLES = [1, 4] as const;
const TOTAL_TIMEOUT_MS = 1_800_000;

async function newContext(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
  context.setDefaultTimeout(limit(30_000));
  await allowPageFunctions(context);
  return context;
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('region', { name: 'values.yaml' }).locator('pre').waitFor({ state: 'attached' });
}

/** Marks when the first form input is enabled (init script: runs before the app). */
function installFirstInputProbe(selector: string): void {
  const w = window as unknown as { __benchFirstInput?: number };
  const observer = new MutationObserver(() => {
    if (w.__benchFirstInput !== undefined || !document.querySelector(selector)) return;
    w.__benchFirstInput = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

/** FCP and first input over cold loads (a fresh context each, so nothing is cached). */
async function firstPaint(browser: Browser, origin: string): Promise<Figure[]> {
  const fcp: number[] = [];
  const input: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await newContext(browser);
    try {
      await context.addInitScript(installFirstInputProbe, FIRST_FORM_INPUT);
      const page = await context.newPage();
      await openApp(page, `${origin}/`);
      await page.waitForFunction(() => (window as unknown as { __benchFirstInput?: number }).__benchFirstInput !== undefined);
      input.push(await page.evaluate(() => (window as unknown as { __benchFirstInput: number }).__benchFirstInput));
      fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));
    } finally {
      await context.close();
    }
  }
  const note = (xs: number[]) => `median of ${LOADS} cold loads (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))} ms), desktop viewport, no throttling`;
  return [
    { name: 'first contentful paint', value: ms(median(fcp)), unit: 'ms', note: note(fcp) },
    { name: 'time until the first input accepts typing', value: ms(median(input)), unit: 'ms', note: note(input) },
  ];
}

/* ---------- section opening ---------- */

/**
 * In the page: collapses the section if open, then times click -> its fields mounted (no lazy placeholder left) ->
 * next frame. A field shown in Quick setup is a pointer (`data-field-pointer`) in its own section, so a section can
 * hold pointers only. null when the section is absent or did not open within `timeoutMs`.
 */
async function timeSectionOpen({ sectionId, timeoutMs }: { sectionId: string; timeoutMs: number }): Promise<number | null> {
  const section = document.getElementById(`section-${sectionId}`);
  const toggle = section?.querySelector<HTMLElement>('[aria-controls$="-content"][aria-expanded]');
  if (!section || !toggle) return null;
  const idle = () => new Promise<void>((r) => setTimeout(r, 50));
  const until = async (ok: () => boolean, ms: number) => {
    const end = performance.now() + ms;
    while (!ok() && performance.now() < end) await idle();
  };
  if (toggle.getAttribute('aria-expanded') === 'true') {
    toggle.click();
    await until(() => section.querySelector('[data-field], [data-field-pointer]') === null, 5000);
  }
  await idle();
  const ready = () => section.querySelector('[data-field], [data-field-pointer]') !== null && section.querySelector('[aria-busy="true"]') === null;
  return new Promise<number | null>((resolve) => {
    let t0 = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      done();
    });
    observer.observe(section, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    t0 = performance.now();
    toggle.click();
    if (ready()) {
      observer.disconnect();
      done();
    }
  });
}

async function sectionOpenTimes(browser: Browser, origin: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const summary: Figure[] = [];
  for (const rate of THROTTLES) {
    // A fresh page per rate: each section's first opening, with its lazily loaded widgets.
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await openApp(page, `${origin}/`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const times: Array<[string, number]> = [];
      for (const section of SECTIONS) {
        const t = await page.evaluate(timeSectionOpen, { sectionId: section.id, timeoutMs: limit(60_000) });
        if (t !== null) times.push([section.id, t]);
        else console.log(`${NAME}: section ${section.id} is absent or did not open (${rate}x CPU); left out`);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
      for (const [id, t] of times) figures.push({ name: `open section ${id} (${rate}x CPU)`, value: ms(t), unit: 'ms', budget: rate === 1 ? 100 : undefined, detail: true });
      const values = times.map(([, t]) => t);
      const slowest = times.reduce((a, b) => (b[1] > a[1] ? b : a));
      summary.push({
        name: `open a section, slowest of ${times.length} (${rate}x CPU)`,
        value: ms(slowest[1]),
        unit: 'ms',
        ...(rate === 1 ? { budget: 100 } : {}),
        note: `${slowest[0]}; median ${ms(median(values))} ms; click -> fields mounted (lazy widgets loaded) -> next frame, first opening in a fresh page`,
      });
    } finally {
      await context.close();
    }
  }
  return [...summary, ...figures];
}

/* ---------- axe ---------- */

async function expandAll(page: Page): Promise<void> {
  for (const section of SECTIONS) {
    const toggle = page.locator(`#section-${section.id} [aria-controls$="-content"][aria-expanded="false"]`);
    if ((await toggle.count()) > 0) await toggle.click();
  }
  await page.waitForFunction(() => document.querySelector('[data-field] [aria-busy="true"]') === null);
}

async function axeCount(page: Page): Promise<{ count: number; ids: string[] }> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return { count: results.violations.reduce((n, v) => n + v.nodes.length, 0), ids: results.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`) };
}

async function axeFigures(browser: Browser, origin: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const context = await newContext(browser, scheme);
    try {
      const page = await context.newPage();
      await openApp(page, `${origin}/`);
      await expandAll(page);
      const { count, ids } = await axeCount(page);
      figures.push({ name: `axe violations, main page, every section open (${scheme})`, value: count, unit: 'nodes', budget: 0, note: ids.join('; ') || 'none' });
    } finally {
      await context.close();
    }
  }
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/?embed&sections=ingress,dns`, { waitUntil: 'load' });
    await page.getByTestId('embed-view').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-field] [aria-busy="true"]') === null);
    const { count, ids } = await axeCount(page);
    figures.push({ name: 'axe violations, embed page (?embed&sections=ingress,dns)', value: count, unit: 'nodes', budget: 0, note: ids.join('; ') || 'none' });
  } finally {
    await context.close();
  }
  return figures;
}

/* ---------- heap ---------- */

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function heapFigures(browser: Browser, origin: string): Promise<Figure[]> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await openApp(page, `${origin}/`);
    await expandAll(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.waitForTimeout(1000);
    const afterLoad = await usedHeap(cdp);
    const enabled = page.locator('input[name="ingress.enabled"]');
    if (!(await enabled.isChecked())) await enabled.check();
    const host = page.locator('input[name="ingress.hostName"]');
    await host.click();
    // Ten characters typed, then ten Backspaces, 50 times: 1,000 keystrokes that leave the value as it was.
    for (let i = 0; i < HEAP_KEYSTROKES / 20; i += 1) {
      await page.keyboard.type('polyaxon-x');
      for (let k = 0; k < 10; k += 1) await page.keyboard.press('Backspace');
    }
    await page.waitForTimeout(1500); // debounced autosave and the last preview update
    const afterTyping = await usedHeap(cdp);
    await cdp.detach();
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
    return [
      { name: 'JS heap after load (every section open, after GC)', value: mb(afterLoad), unit: 'MB' },
      { name: `JS heap after ${HEAP_KEYSTROKES} keystrokes (after GC)`, value: mb(afterTyping), unit: 'MB' },
      { name: `JS heap growth over ${HEAP_KEYSTROKES} keystrokes`, value: mb(afterTyping - afterLoad), unit: 'MB', budget: 5 },
    ];
  } finally {
    await context.close();
  }
}

/* ---------- import ---------- */

/**
 * A values file just under the 1 MiB import limit: the realistic fixture plus
 * a large map under a key the chart does not read (kept in the output), so the
 * whole text goes through the import pipeline (safe YAML, migrations,
 * validation) and into the preview without rendering thousands of inputs.
 */
function megabyteValues(fixture: string): string {
  const lines = [fixture.trimEnd(), 'benchPadding:'];
  let size = lines.join('\n').length;
  for (let i = 0; size < 1_000_000; i += 1) {
    const line = `  key-${String(i).padStart(6, '0')}: "value ${i} of a large map that the chart does not read"`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

async function importFigures(browser: Browser, origin: string): Promise<Figure[]> {
  const fixture = readSharedFile('fixtures/realistic-override.yaml');
  if (fixture === undefined) return [];
  const text = megabyteValues(fixture);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await openApp(page, `${origin}/`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import values' });
    await dialog.waitFor();
    const started = Date.now();
    await page.getByTestId('import-file-input').setInputFiles({ name: 'values.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(text) });
    await dialog.getByTestId('import-summary').waitFor({ timeout: limit(60_000) });
    const read = Date.now() - started;
    const applyAt = Date.now();
    await dialog.getByRole('button', { name: 'Apply import' }).click();
    await page
      .getByRole('region', { name: 'values.yaml' })
      .locator('pre')
      .getByText('key-000000', { exact: false })
      .waitFor({ timeout: limit(60_000) });
    const applied = Date.now() - applyAt;
    const kb = Math.round(Buffer.byteLength(text) / 1024);
    return [
      { name: 'import a 1 MB values file: file picked -> report shown', value: read, unit: 'ms', note: `${kb} KiB: the realistic fixture plus a large map the chart does not read` },
      { name: 'import a 1 MB values file: Apply -> preview shows it', value: applied, unit: 'ms' },
    ];
  } finally {
    await context.close();
  }
}

async function measure({ browser, server, build }: AppInBrowser, figures: Figure[]): Promise<void> {
  console.log(`${NAME}: serving ${build.source} (${build.dir}) at ${server.origin}, Chromium ${browser.version()}`);
  const origin = server.origin;
  figures.push(...(await step(NAME, `first paint, ${LOADS} cold loads`, () => firstPaint(browser, origin))));
  figures.push(...(await step(NAME, 'opening every section at 1x and 4x CPU', () => sectionOpenTimes(browser, origin))));
  figures.push(...(await step(NAME, 'axe, light and dark, and the embed page', () => axeFigures(browser, origin))));
  figures.push(...(await step(NAME, `heap over ${HEAP_KEYSTROKES} keystrokes`, () => heapFigures(browser, origin))));
  figures.push(...(await step(NAME, 'importing a 1 MB values file', () => importFigures(browser, origin))));
}

export default function appInBrowser(): Promise<Figure[]> {
  return runInBrowser(NAME, TOTAL_TIMEOUT_MS, measure);
}
