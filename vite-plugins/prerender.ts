import { Writable } from 'node:stream';
import type { Plugin } from 'vite';
import { LEFT_FOR_CLIENT } from '../src/app/prerendered';

/** The element index.html mounts the app on. */
const ROOT = '<div id="root"></div>';

/**
 * Renders the app at build time (react-dom/server, in a Vite SSR module
 * loader) as a first visit sees it: no share link, no stored work, light
 * theme, the chart defaults. Nothing of the browser exists there, so
 * `window` holds only an empty address while it renders (storage then falls
 * back to memory, as in a sandboxed frame). Emotion writes each style once,
 * as a <style> before the first element using it; its client moves them into
 * <head> before hydration.
 */
async function renderFirstVisit(root: string): Promise<string> {
  const { createServer } = await import('vite');
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    mode: 'production',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const global = globalThis as { window?: unknown };
  const hadWindow = 'window' in global;
  try {
    // Packages are imported natively, as the SSR loader imports the app's own dependencies: the same React and Emotion.
    const [{ createElement, StrictMode }, { renderToPipeableStream }, { default: createCache }, { CacheProvider }, { App }] = await Promise.all([
      import('react'),
      import('react-dom/server'),
      import('@emotion/cache'),
      import('@emotion/react'),
      server.ssrLoadModule('/src/app/app.tsx') as Promise<typeof import('../src/app/app')>,
    ]);
    global.window = { location: { search: '', hash: '', pathname: '/' } };
    // The same tree as src/main.tsx hydrates (the cache provider adds no element): one style cache, so each style is written once.
    const tree = createElement(StrictMode, null, createElement(CacheProvider, { value: createCache({ key: 'css' }) }, createElement(App)));
    return await new Promise<string>((resolve, reject) => {
      let html = '';
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          html += chunk.toString('utf8');
          done();
        },
        final(done) {
          resolve(html);
          done();
        },
      });
      const stream = renderToPipeableStream(tree, {
        // What loads on demand (a lazy chunk behind a Suspense boundary) is left to the client: the boundary is
        // written with its fallback and marked with this digest, which src/main.tsx expects when it hydrates.
        onShellReady: () => stream.abort(new Error(LEFT_FOR_CLIENT)),
        // Written once complete and in order (no boundary moved into place by an inline script).
        onAllReady: () => stream.pipe(sink),
        progressiveChunkSize: Number.POSITIVE_INFINITY,
        onShellError: reject,
        onError: (error) => (error instanceof Error && error.message === LEFT_FOR_CLIENT ? LEFT_FOR_CLIENT : reject(error)),
      });
    });
  } finally {
    if (!hadWindow) delete global.window;
    await server.close();
  }
}

/**
 * Writes the first screen's HTML into dist/index.html (`<div id="root"
 * data-prerendered>`): the form paints before any script has run, and
 * src/main.tsx hydrates it. When the page would not look like a first visit
 * (a link, stored work or history, the embed, a dark theme), index.html's
 * first-paint script marks the page and the markup is hidden and replaced by
 * a client render (docs/performance.md).
 */
export function prerender(): Plugin {
  let root = '';
  let enabled = true;
  return {
    name: 'values-builder-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      enabled = !config.build.ssr && !config.build.lib;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!enabled) return html;
        if (!html.includes(ROOT)) throw new Error(`prerender: index.html has no ${ROOT}`);
        const markup = await renderFirstVisit(root);
        return html.replace(ROOT, `<div id="root" data-prerendered>${markup}</div>`);
      },
    },
  };
}
