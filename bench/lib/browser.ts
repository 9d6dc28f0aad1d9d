/**
 * Helpers for benches that measure the built app in a real browser: a
 * production build (reused from dist/ when it is newer than the sources,
 * otherwise built into a temporary directory so a dist/ someone else uses is
 * never clobbered), `vite preview` on a free loopback port, and Debian's
 * Chromium driven by playwright-core. Everything started here is stopped by
 * PID, also on errors and on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Figure } from './figure';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A positive number from the environment, or `fallback` (with a message when it is not one). */
function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (Number.isFinite(value) && value > 0) return value;
  console.error(`bench: ${name}=${raw} is not a positive number; using ${fallback}`);
  return fallback;
}

/**
 * BENCH_TIMEOUT_SCALE (default 1) multiplies every time limit of the browser
 * benches: on a machine shared by several jobs they need longer. It changes
 * no measured figure and no repetition count.
 */
const TIMEOUT_SCALE = envNumber('BENCH_TIMEOUT_SCALE', 1);

/** A time limit in ms, scaled by BENCH_TIMEOUT_SCALE. */
export function limit(ms: number): number {
  return Math.round(ms * TIMEOUT_SCALE);
}

/**
 * How many times to repeat a measurement: BENCH_<name> when set (a whole
 * number at least `min`), else `fallback`. Used for cold loads only; the
 * issue's minimums (200 keystrokes, Lighthouse median of 3) are not configurable.
 */
export function repetitions(name: string, fallback: number, min = 1): number {
  const value = Math.floor(envNumber(`BENCH_${name}`, fallback));
  return Math.max(min, value);
}

/** Inputs of the app build: a dist/ older than any of these is stale. */
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'vite-plugins', 'package.json', 'package-lock.json'];

/** Cleanups to run if the process is interrupted (Ctrl-C, kill) while a bench holds resources. */
const pendingCleanups = new Set<() => void>();
let signalHandlersInstalled = false;

function installSignalHandlers(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  const runAll = () => {
    for (const cleanup of [...pendingCleanups]) {
      try {
        cleanup();
      } catch {
        // Best effort while exiting.
      }
    }
    pendingCleanups.clear();
  };
  process.once('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      runAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** Registers a synchronous cleanup for interruption; returns its unregister function. */
function onInterrupt(cleanup: () => void): () => void {
  installSignalHandlers();
  pendingCleanups.add(cleanup);
  return () => pendingCleanups.delete(cleanup);
}

/** Rejects with `label` when `promise` takes longer than `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

export interface AppBuild {
  /** The directory `vite preview --outDir` serves. */
  dir: string;
  /** How it was obtained, for the printed notes. */
  source: 'dist' | 'temporary build';
  /** Removes a temporary build (leaves dist/ alone). */
  dispose(): void;
}

/** Runs a command to completion; rejects with its output tail when it fails or exceeds `timeoutMs`. */
function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const kill = () => killGroup(child);
    const unregister = onInterrupt(kill);
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`${command} ${args.join(' ')}: timed out after ${timeoutMs} ms\n${output.slice(-2000)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      unregister();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      unregister();
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${output.slice(-2000)}`));
    });
  });
}

/**
 * The production build to measure: dist/ when it exists and is newer than
 * every build input, else a fresh `vite build` into a temporary directory.
 */
export async function appBuild(): Promise<AppBuild> {
  const dist = path.join(REPO_ROOT, 'dist');
  const distIndex = path.join(dist, 'index.html');
  if (existsSync(distIndex)) {
    const builtAt = statSync(distIndex).mtimeMs;
    const sourcesAt = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(REPO_ROOT, p))));
    if (builtAt >= sourcesAt) return { dir: dist, source: 'dist', dispose: () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'values-builder-bench-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const unregister = onInterrupt(remove);
  try {
    await run('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], limit(180_000));
  } catch (error) {
    remove();
    unregister();
    throw error;
  }
  return {
    dir,
    source: 'temporary build',
    dispose: () => {
      remove();
      unregister();
    },
  };
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the server is started with --strictPort). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Kills a detached child and everything it started (npx -> node), by its process-group id. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export interface PreviewServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** `vite preview` serving `dir` on a free loopback port; resolves once it answers. */
export async function startPreview(dir: string, timeoutMs = limit(30_000)): Promise<PreviewServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['vite', 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid === undefined) throw new Error('vite preview did not start');
  const pid = child.pid;
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const unregister = onInterrupt(() => killGroup(child, 'SIGKILL'));

  const stop = async () => {
    killGroup(child);
    const gone = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3000))]);
    if (!gone) {
      killGroup(child, 'SIGKILL');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    }
    unregister();
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await answers(`${origin}/`))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      unregister();
      throw new Error(`vite preview exited (${child.exitCode ?? child.signalCode}) before answering:\n${output.slice(-2000)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${origin} within ${timeoutMs} ms:\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { origin, pid, stop };
}

/** Why a browser bench cannot run here (printed as the skip reason), or undefined when it can. */
export async function browserUnavailable(): Promise<string | undefined> {
  if (!existsSync(CHROMIUM_PATH)) return `Chromium is absent at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  try {
    await import('playwright-core');
  } catch {
    return 'playwright-core is not installed';
  }
  return undefined;
}

/**
 * Debian Chromium, headless, with background networking off. Playwright kills
 * the browser itself when this process exits or is interrupted.
 */
async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: limit(30_000) });
}

/** The built app served by `vite preview` and a Chromium to measure it in. */
export interface AppInBrowser {
  browser: Browser;
  server: PreviewServer;
  build: AppBuild;
}

/**
 * Runs a browser bench: skips (with the reason) when Chromium is absent, else
 * builds or reuses the app, serves it, launches Chromium and calls `measure`
 * within `totalMs` (scaled). A failure is printed and fails the run
 * (exit code 1) but keeps the figures measured so far and the other benches'.
 * Everything started is stopped, also on errors.
 */
export async function runInBrowser(name: string, totalMs: number, measure: (app: AppInBrowser, figures: Figure[]) => Promise<void>): Promise<Figure[]> {
  const unavailable = await browserUnavailable();
  if (unavailable) {
    console.log(`${name}: skipped, ${unavailable}`);
    return [];
  }
  const figures: Figure[] = [];
  let build: AppBuild | undefined;
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    build = await appBuild();
    server = await startPreview(build.dir);
    browser = await launchChromium();
    await withTimeout(measure({ browser, server, build }, figures), limit(totalMs), name);
  } catch (error) {
    console.error(`${name}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  } finally {
    if (browser) await closeBrowser(browser);
    if (server) await server.stop();
    build?.dispose();
  }
  return figures;
}

/**
 * One step of a bench: prints when it starts and how long it took, and on a
 * failure prints it, fails the run (exit code 1) and returns no figures, so
 * the bench's other steps still report.
 */
export async function step(bench: string, label: string, run: () => Promise<Figure[]>): Promise<Figure[]> {
  const started = Date.now();
  console.log(`${bench}: ${label} ...`);
  try {
    const figures = await run();
    console.log(`${bench}: ${label} done in ${Math.round((Date.now() - started) / 1000)} s`);
    return figures;
  } catch (error) {
    console.error(`${bench}: ${label} failed after ${Math.round((Date.now() - started) / 1000)} s: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return [];
  }
}

/**
 * Lets functions written in these TypeScript files run in the page: tsx
 * compiles with esbuild's keepNames, which wraps named inner functions in
 * `__name(fn, "name")`, and Playwright sends a function's source text to the
 * page, where `__name` does not exist. Call once per context, before any page.
 */
export async function allowPageFunctions(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
}

/** Closes the browser, giving up (Playwright then kills it at exit) after 10 s. */
async function closeBrowser(browser: Browser): Promise<void> {
  await withTimeout(browser.close(), 10_000, 'closing Chromium').catch((error: unknown) => {
    console.error(String(error));
  });
}

/** Nearest-rank percentile (p in 0..100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Rounds a duration to 0.1 ms for printing. */
export function ms(value: number): number {
  return Math.round(value * 10) / 10;
}
