/**
 * What typing feels like in the built app, in Debian Chromium: keydown in
 * ingress.hostName until the values.yaml preview shows the typed text (on
 * the chart defaults and on ../shared/fixtures/realistic-override.yaml,
 * opened through a `#s=` share link), React commits and component renders
 * per keystroke (counted through React's DevTools hook, no app changes),
 * time to interactive, the JavaScript a first load transfers and any request
 * that leaves 127.0.0.1. `npm run bench typing`.
 */
import os from 'node:os';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { migrateValues } from '../src/core/migrate/migrate';
import { encodeShareState } from '../src/core/share/codec';
import { helmMerge } from '../src/core/values/helm-merge';
import { computeValues } from '../src/core/values/output';
import type { Values } from '../src/shared/values';
import { LATEST_CHART_VERSION } from '../src/schema/chart-versions';
import { chartDefaults } from '../src/schema/defaults';
import { allowPageFunctions, limit, median, ms, percentile, repetitions, runInBrowser, step, type AppInBrowser } from './lib/browser';
import type { Figure } from './lib/figure';
import { readSharedFile } from './lib/shared';

const NAME = 'typing-latency';
const HOST_INPUT = 'input[name="ingress.hostName"]';
const INGRESS_SWITCH = 'input[name="ingress.enabled"]';
const FIRST_FORM_INPUT = '[role="form"][aria-label="Chart values"] input:not(:disabled):not([type="hidden"])';
/** Keystrokes measured per run, after WARM_UP unmeasured ones. */
const KEYSTROKES = 200;
/** CPU throttling rates the latency is measured at (Emulation.setCPUThrottlingRate). */
const THROTTLES = [1, 4] as const;
const WARM_UP = 5;
/** One keystroke every 120 ms (a brisk typist), or as soon as the previous one showed, if later. */
const CADENCE_MS = 120;
/** Keystrokes whose React commits are counted, and how long after the preview shows them commits are still counted. */
const COMMIT_KEYSTROKES = 20;
const COMMIT_SETTLE_MS = 250;
/** Cold loads for time to interactive (BENCH_LOADS, default 5). */
const TTI_LOADS = repetitions('LOADS', 5);
const PREVIEW_TIMEOUT_MS = limit(5_000);
const TOTAL_TIMEOUT_MS = 900_000;
/** Characters typed (a DNS name: no YAML 1.1 keyword or number on the way, so the preview never quotes it). */
const TYPED = 'polyaxon-typing-bench.ml.example.com.'.repeat(8).slice(0, WARM_UP + KEYSTROKES);

interface Sample {
  /** keydown -> the preview's DOM holds the text (MutationObserver). */
  dom: number;
  /** keydown -> the next animation frame after that (the frame that paints it). */
  frame: number;
}

interface CommitCount {
  commits: number;
  /** Component renders inside form sections, by section id. */
  bySection: Record<string, number>;
  /** Component renders outside every form section (preview, header, panels, observers). */
  outside: number;
  /** Field ids (props.node.id) whose components rendered. */
  fields: string[];
}

/* ---------- code that runs in the page (serialized: no outside references) ---------- */

/** Times keydown -> preview text, in the page. */
function installTypingHarness(pre: Element, input: Element): void {
  type Pending = { pattern: RegExp; t0?: number; domAt?: number; result?: Sample; resolve?: (s: Sample) => void };
  let pending: Pending | undefined;
  const check = () => {
    const p = pending;
    if (!p || p.t0 === undefined || p.domAt !== undefined) return;
    if (!p.pattern.test(pre.textContent ?? '')) return;
    const t0 = p.t0;
    p.domAt = performance.now();
    const dom = p.domAt - t0;
    requestAnimationFrame(() => {
      p.result = { dom, frame: performance.now() - t0 };
      p.resolve?.(p.result);
    });
  };
  new MutationObserver(check).observe(pre, { childList: true, characterData: true, subtree: true });
  input.addEventListener(
    'keydown',
    () => {
      if (pending && pending.t0 === undefined) pending.t0 = performance.now();
    },
    true,
  );
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  (window as unknown as { __typingBench: unknown }).__typingBench = {
    arm(key: string, value: string) {
      pending = { pattern: new RegExp(`^\\s*${escape(key)}: ["']?${escape(value)}["']?$`, 'm') };
    },
    wait(timeoutMs: number): Promise<Sample> {
      const p = pending;
      if (!p) return Promise.reject(new Error('not armed'));
      if (p.result) return Promise.resolve(p.result);
      return new Promise((resolve, reject) => {
        p.resolve = resolve;
        setTimeout(() => {
          const state = p.t0 === undefined ? 'no keydown seen' : 'keydown seen';
          const line = (pre.textContent ?? '').split('\n').find((l) => l.includes('hostName')) ?? '(no hostName line)';
          reject(new Error(`preview did not match ${p.pattern} within ${timeoutMs} ms (${state}; preview: ${line.trim()})`));
        }, timeoutMs);
      });
    },
  };
}

/** Marks when the first form input is enabled (init script: runs before the app). */
function installTtiProbe(selector: string): void {
  const w = window as unknown as { __benchTti?: number };
  const seen = () => {
    if (w.__benchTti !== undefined || !document.querySelector(selector)) return;
    w.__benchTti = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}

/**
 * A minimal React DevTools hook (init script): React (also in production)
 * calls onCommitFiberRoot after every commit. A component rendered in that
 * commit when its PerformedWork flag (1) is set; subtrees whose child list is
 * the previous one were bailed out and are skipped (as React DevTools does).
 */
function installCommitProbe(): void {
  interface Fiber {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    return: Fiber | null;
    alternate: Fiber | null;
    memoizedProps: unknown;
  }
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  const PERFORMED_WORK = 1;
  let count = { commits: 0, bySection: {} as Record<string, number>, outside: 0, fields: new Set<string>() };
  const propsOf = (f: Fiber) => (f.memoizedProps && typeof f.memoizedProps === 'object' ? (f.memoizedProps as Record<string, unknown>) : {});
  const sectionOf = (fiber: Fiber): string | undefined => {
    for (let f: Fiber | null = fiber; f; f = f.return) {
      const section = propsOf(f).section as { id?: unknown; keys?: unknown } | undefined;
      if (section && typeof section.id === 'string' && Array.isArray(section.keys)) return section.id;
    }
    return undefined;
  };
  const visit = (parent: Fiber) => {
    for (let f = parent.child; f; f = f.sibling) {
      if (COMPONENT_TAGS.has(f.tag) && (f.flags & PERFORMED_WORK) !== 0) {
        const section = sectionOf(f);
        if (section === undefined) count.outside += 1;
        else count.bySection[section] = (count.bySection[section] ?? 0) + 1;
        const node = propsOf(f).node as { id?: unknown } | undefined;
        if (node && typeof node.id === 'string') count.fields.add(node.id);
      }
      if (f.alternate === null || f.child !== f.alternate.child) visit(f);
    }
  };
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      count.commits += 1;
      visit(root.current);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  (window as unknown as { __commitProbe: unknown }).__commitProbe = {
    reset() {
      count = { commits: 0, bySection: {}, outside: 0, fields: new Set() };
    },
    read() {
      return { commits: count.commits, bySection: count.bySection, outside: count.outside, fields: [...count.fields].sort() };
    },
  };
}

/* ---------- driving the page ---------- */

interface Session {
  browser: Browser;
  origin: string;
  /** Every request that left 127.0.0.1, over every page of the bench. */
  external: string[];
}

async function newContext(session: Session): Promise<BrowserContext> {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(limit(15_000));
  await allowPageFunctions(context);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') session.external.push(url.href);
  });
  return context;
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(FIRST_FORM_INPUT).first().waitFor({ state: 'attached' });
}

/** Enables ingress when it is off and focuses the end of ingress.hostName; returns its current value. */
async function focusHostName(page: Page): Promise<string> {
  const enabled = page.locator(INGRESS_SWITCH);
  if (!(await enabled.isChecked())) await enabled.check();
  const input = page.locator(HOST_INPUT);
  await input.waitFor({ state: 'visible' });
  await input.click();
  await page.keyboard.press('End');
  return input.inputValue();
}

function preview(page: Page) {
  return page.getByRole('region', { name: 'values.yaml' }).locator('pre');
}

interface Typed {
  samples: Sample[];
  /** Renderer main-thread CPU per measured keystroke (Chrome's Performance metrics in thread time), ms. */
  cpu: { task: number; script: number; styleAndLayout: number };
}

/** CPU time the page's main thread spent so far (durations in thread ticks, so other processes' load hardly counts). */
async function mainThreadCpu(cdp: CDPSession): Promise<{ task: number; script: number; styleAndLayout: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), styleAndLayout: get('RecalcStyleDuration') + get('LayoutDuration') };
}

/**
 * Types `text` into the focused hostName input one key at a time (the first
 * WARM_UP keys unmeasured), each when the preview showed the previous one and
 * at least CADENCE_MS after it; `each` runs after every key.
 */
async function typeMeasured(page: Page, start: string, text: string, each: (index: number) => Promise<void>): Promise<Typed> {
  const pre = await preview(page).elementHandle();
  const input = await page.locator(HOST_INPUT).elementHandle();
  if (!pre || !input) throw new Error('preview <pre> or hostName input not found');
  await pre.evaluate(installTypingHarness, input);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const samples: Sample[] = [];
  let cpuAtStart = await mainThreadCpu(cdp);
  let value = start;
  for (let i = 0; i < text.length; i += 1) {
    if (i === WARM_UP) cpuAtStart = await mainThreadCpu(cdp);
    const began = Date.now();
    value += text[i];
    await page.evaluate((v) => (window as unknown as { __typingBench: { arm(k: string, v: string): void } }).__typingBench.arm('hostName', v), value);
    await page.keyboard.type(text[i] as string);
    const sample = await page.evaluate((timeout) => (window as unknown as { __typingBench: { wait(t: number): Promise<Sample> } }).__typingBench.wait(timeout), PREVIEW_TIMEOUT_MS);
    samples.push(sample);
    await each(i);
    const rest = CADENCE_MS - (Date.now() - began);
    if (rest > 0) await page.waitForTimeout(rest);
  }
  const cpuAtEnd = await mainThreadCpu(cdp);
  await cdp.detach();
  const keys = Math.max(1, text.length - WARM_UP);
  return {
    samples,
    cpu: {
      task: (cpuAtEnd.task - cpuAtStart.task) / keys,
      script: (cpuAtEnd.script - cpuAtStart.script) / keys,
      styleAndLayout: (cpuAtEnd.styleAndLayout - cpuAtStart.styleAndLayout) / keys,
    },
  };
}

function latencyFigures(label: string, typed: Typed, extraNote: string, p95Budget: number): Figure[] {
  const measured = typed.samples.slice(WARM_UP);
  const dom = measured.map((s) => s.dom);
  const frame = measured.map((s) => s.frame);
  const more = extraNote ? `; ${extraNote}` : '';
  const note = `${measured.length} keystrokes after ${WARM_UP} warm-up, one per ≥${CADENCE_MS} ms; to the next frame: median ${ms(median(frame))} ms, p95 ${ms(percentile(frame, 95))} ms${more}`;
  const { task, script, styleAndLayout } = typed.cpu;
  return [
    { name: `keystroke → preview shows it, ${label} (median)`, value: ms(median(dom)), unit: 'ms', note },
    { name: `keystroke → preview shows it, ${label} (p95)`, value: ms(percentile(dom, 95)), unit: 'ms', budget: p95Budget, note: `max ${ms(Math.max(...dom))} ms${more}` },
    {
      name: `main-thread CPU per keystroke, ${label}`,
      value: ms(task),
      unit: 'ms',
      note: `thread time, so less sensitive to machine load than the latencies: script ${ms(script)} ms, style + layout ${ms(styleAndLayout)} ms`,
    },
  ];
}

/** Cold first loads (fresh context each): time to interactive, JS transferred. */
async function firstLoads(session: Session): Promise<Figure[]> {
  const ttis: number[] = [];
  let js = { files: 0, transferred: 0, decoded: 0 };
  for (let i = 0; i < TTI_LOADS; i += 1) {
    const context = await newContext(session);
    try {
      await context.addInitScript(installTtiProbe, FIRST_FORM_INPUT);
      const page = await context.newPage();
      const finished: Array<Promise<{ transferred: number; decoded: number }>> = [];
      page.on('requestfinished', (request) => {
        if (!new URL(request.url()).pathname.endsWith('.js')) return;
        finished.push(
          Promise.all([request.sizes(), request.response()]).then(async ([sizes, response]) => ({
            transferred: sizes.responseBodySize + sizes.responseHeadersSize,
            decoded: response ? (await response.body()).length : 0,
          })),
        );
      });
      await openApp(page, `${session.origin}/`);
      await page.waitForFunction(() => (window as unknown as { __benchTti?: number }).__benchTti !== undefined);
      ttis.push(await page.evaluate(() => (window as unknown as { __benchTti: number }).__benchTti));
      if (i === 0) {
        const sizes = await Promise.all(finished);
        js = {
          files: sizes.length,
          transferred: sizes.reduce((sum, s) => sum + s.transferred, 0),
          decoded: sizes.reduce((sum, s) => sum + s.decoded, 0),
        };
      }
    } finally {
      await context.close();
    }
  }
  const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return [
    {
      name: 'time to interactive (navigation start → first form input enabled)',
      value: ms(median(ttis)),
      unit: 'ms',
      budget: 1500,
      note: `median of ${TTI_LOADS} cold loads, min ${ms(Math.min(...ttis))} max ${ms(Math.max(...ttis))} ms`,
    },
    {
      name: 'JavaScript transferred on first load',
      value: kib(js.transferred),
      unit: 'KiB',
      note: `${js.files} .js file(s), bodies + headers as vite preview sends them (compressed); ${kib(js.decoded)} KiB uncompressed`,
    },
  ];
}

/** Opens the app on some starting values; resolves once they show. */
interface Config {
  label: string;
  open(page: Page): Promise<void>;
}

function defaultsConfig(session: Session): Config {
  return { label: 'chart defaults', open: (page) => openApp(page, `${session.origin}/`) };
}

/** The fixture as the import would apply it (migrated, merged on the defaults), opened through the app's own `#s=` share link. */
async function fixtureConfig(session: Session, text: string): Promise<Config> {
  const version = LATEST_CHART_VERSION;
  const form = helmMerge(chartDefaults(version), migrateValues(load(text) as Values).values);
  const { changed } = computeValues(form, version);
  const fragment = await encodeShareState({ version, changed, includeSecrets: true });
  const store = changed.artifactsStore as Values | undefined;
  const marker = typeof store?.name === 'string' ? store.name : undefined;
  return {
    label: 'realistic-override.yaml',
    async open(page) {
      await openApp(page, `${session.origin}/#${fragment}`);
      // The link is decoded asynchronously and remounts the form: wait until the preview shows the fixture.
      if (marker) await preview(page).getByText(marker).first().waitFor({ state: 'attached' });
    },
  };
}

/** Opens every collapsed form section (the figures are taken with every section mounted). */
async function expandAllSections(page: Page): Promise<number> {
  const collapsed = page.locator('[role="form"][aria-label="Chart values"] [aria-controls$="-content"][aria-expanded="false"]');
  for (let i = 0; i < 100 && (await collapsed.count()) > 0; i += 1) await collapsed.first().click();
  await page.waitForFunction(() => document.querySelector('[data-field] [aria-busy="true"]') === null);
  return page.locator('[data-field]').count();
}

async function typingLatencyOn(session: Session, config: Config, rate: number): Promise<Figure[]> {
  const context = await newContext(session);
  try {
    const page = await context.newPage();
    await config.open(page);
    const fields = await expandAllSections(page);
    const start = await focusHostName(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const typed = await typeMeasured(page, start, TYPED, async () => {});
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    const lines = ((await preview(page).textContent()) ?? '').trimEnd().split('\n').length;
    return latencyFigures(`${config.label}, ${rate}x CPU`, typed, `every section open (${fields} fields); the preview ends with ${lines} lines`, rate === 1 ? 16 : 50);
  } finally {
    await context.close();
  }
}

async function commitsPerKeystroke(session: Session, config: Config): Promise<Figure[]> {
  const context = await newContext(session);
  try {
    await context.addInitScript(installCommitProbe);
    const page = await context.newPage();
    await config.open(page);
    const start = await focusHostName(page);
    const counts: CommitCount[] = [];
    const probe = (method: 'reset' | 'read') => page.evaluate((m) => (window as unknown as { __commitProbe: Record<string, () => CommitCount> }).__commitProbe[m]?.(), method);
    await probe('reset');
    await typeMeasured(page, start, TYPED.slice(0, WARM_UP + COMMIT_KEYSTROKES), async (i) => {
      await page.waitForTimeout(COMMIT_SETTLE_MS);
      const count = (await probe('read')) as CommitCount;
      await probe('reset');
      if (i >= WARM_UP) counts.push(count);
    });
    if (counts.every((c) => c.commits === 0)) {
      console.log(`${NAME}: React reported no commits through the DevTools hook (${config.label}); commit figures skipped`);
      return [];
    }
    const commits = counts.map((c) => c.commits);
    const otherSections = counts.map((c) =>
      Object.entries(c.bySection)
        .filter(([id]) => id !== 'ingress')
        .reduce((sum, [, n]) => sum + n, 0),
    );
    const ingress = counts.map((c) => c.bySection.ingress ?? 0);
    const outside = counts.map((c) => c.outside);
    const sectionsHit = [...new Set(counts.flatMap((c) => Object.keys(c.bySection).filter((id) => id !== 'ingress')))];
    const fieldsHit = [...new Set(counts.flatMap((c) => c.fields))];
    const of = `median of ${counts.length} keystrokes`;
    return [
      {
        name: `React commits per keystroke, ${config.label}`,
        value: median(commits),
        unit: 'commits',
        note: `${of}, range ${Math.min(...commits)}–${Math.max(...commits)}, counted until ${COMMIT_SETTLE_MS} ms after the preview shows the key`,
      },
      {
        name: `component renders in other form sections per keystroke, ${config.label}`,
        value: median(otherSections),
        unit: 'renders',
        budget: 0,
        note: `${of}, max ${Math.max(...otherSections)}${sectionsHit.length ? ` (in ${sectionsHit.join(', ')})` : ''}; in the ingress section median ${median(ingress)} (fields: ${fieldsHit.join(', ') || 'none'})`,
      },
      {
        name: `component renders outside the form per keystroke, ${config.label}`,
        value: median(outside),
        unit: 'renders',
        note: `${of}, range ${Math.min(...outside)}–${Math.max(...outside)}: preview, helm command and share panels, header, observers`,
      },
    ];
  } finally {
    await context.close();
  }
}

async function measure({ browser, server, build }: AppInBrowser, figures: Figure[]): Promise<void> {
  const session: Session = { browser, origin: server.origin, external: [] };
  const [load1] = os.loadavg();
  console.log(
    `${NAME}: serving ${build.source} (${build.dir}) at ${server.origin}, Chromium ${browser.version()}; ` +
      `load average ${load1?.toFixed(1)} on ${os.availableParallelism()} CPUs (timings rise with it)`,
  );
  figures.push(...(await step(NAME, `first loads, ${TTI_LOADS} cold`, () => firstLoads(session))));
  const configs = [defaultsConfig(session)];
  const fixture = readSharedFile('fixtures/realistic-override.yaml');
  if (fixture === undefined) console.log(`${NAME}: ../shared/fixtures/realistic-override.yaml is absent; the large-config figures are skipped`);
  else configs.push(await fixtureConfig(session, fixture));
  for (const rate of THROTTLES) {
    for (const config of configs) figures.push(...(await step(NAME, `${KEYSTROKES} keystrokes, ${config.label}, ${rate}x CPU`, () => typingLatencyOn(session, config, rate))));
  }
  for (const config of configs) figures.push(...(await step(NAME, `React commits per keystroke, ${config.label}`, () => commitsPerKeystroke(session, config))));
  const hosts = [...new Set(session.external.map((u) => new URL(u).host))];
  figures.push({
    name: 'requests to hosts other than 127.0.0.1',
    value: session.external.length,
    unit: 'requests',
    budget: 0,
    note: hosts.length ? hosts.join(', ') : 'every page load and keystroke of this bench',
  });
}

export default function typingLatency(): Promise<Figure[]> {
  return runInBrowser(NAME, TOTAL_TIMEOUT_MS, measure);
}
