/**
 * Lighthouse (the `lighthouse` npm package) on the built app, mobile preset
 * (its default: Moto G Power emulation, simulated slow 4G and 4x CPU), driving
 * Debian's Chromium through chrome-launcher: performance, accessibility and
 * best practices, each the median of RUNS runs. `npm run bench lighthouse`.
 */
import { appBuild, browserUnavailable, CHROMIUM_PATH, median, startPreview, type AppBuild, type PreviewServer } from './lib/browser';
import type { Figure } from './lib/figure';

const NAME = 'lighthouse';
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

interface LighthouseResult {
  lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }>; runtimeError?: { message: string } };
}

export default async function lighthouseScores(): Promise<Figure[]> {
  const unavailable = await browserUnavailable();
  if (unavailable) {
    console.log(`${NAME}: skipped, ${unavailable}`);
    return [];
  }
  let lighthouse: (url: string, flags: object) => Promise<LighthouseResult | undefined>;
  let launch: (options: object) => Promise<{ port: number; kill: () => Promise<void> | void }>;
  try {
    lighthouse = (await import('lighthouse')).default as unknown as typeof lighthouse;
    launch = (await import('chrome-launcher')).launch as unknown as typeof launch;
  } catch {
    console.log(`${NAME}: skipped, the lighthouse and chrome-launcher packages are not installed (npm ci)`);
    return [];
  }
  let build: AppBuild | undefined;
  let server: PreviewServer | undefined;
  const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  const lcp: number[] = [];
  const tbt: number[] = [];
  try {
    build = await appBuild();
    server = await startPreview(build.dir);
    for (let i = 0; i < RUNS; i += 1) {
      // A fresh browser (empty profile) per run: every run is a first visit.
      const chrome = await launch({
        chromePath: CHROMIUM_PATH,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const result = await lighthouse(`${server.origin}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error('lighthouse returned no result');
        if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
        for (const c of CATEGORIES) scores[c]!.push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
        lcp.push(result.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
        tbt.push(result.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
      } finally {
        await chrome.kill();
      }
    }
  } catch (error) {
    console.error(`${NAME}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
    return [];
  } finally {
    if (server) await server.stop();
    build?.dispose();
  }
  const runs = (xs: number[]) => `median of ${RUNS} runs (${xs.join(', ')}), mobile preset, simulated throttling`;
  const budgets: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100 };
  return [
    ...CATEGORIES.map((c) => ({ name: `Lighthouse mobile ${c}`, value: median(scores[c]!), unit: 'score', budget: budgets[c], higherIsBetter: true, note: runs(scores[c]!) })),
    { name: 'Lighthouse mobile largest contentful paint', value: Math.round(median(lcp)), unit: 'ms', note: `median of ${RUNS} (simulated slow 4G, 4x CPU)` },
    { name: 'Lighthouse mobile total blocking time', value: Math.round(median(tbt)), unit: 'ms', note: `median of ${RUNS}` },
  ];
}
