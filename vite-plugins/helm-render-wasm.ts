import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Where scripts/build-wasm.sh writes the renderer, and the URL folder the app loads it from. */
export const WASM_DIST = path.resolve(import.meta.dirname, '../wasm/helm-render/dist');
export const WASM_FILES = { 'helm-render.wasm': 'application/wasm', 'wasm_exec.js': 'text/javascript' } as const;

/**
 * Serves (dev) and copies (build) the in-browser chart renderer as plain files under `wasm/`.
 * They are never imported by the app's modules, so they stay out of the bundle and of any
 * precache list built from it: the Manifests view fetches them when it opens.
 */
export function helmRenderWasm(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'helm-render-wasm',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const name = /^\/wasm\/([^/]+)$/.exec(url)?.[1] as keyof typeof WASM_FILES | undefined;
        if (!name || !(name in WASM_FILES)) return next();
        const file = path.join(WASM_DIST, name);
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end('the in-browser renderer is not built: install Go and run npm run build:wasm');
          return;
        }
        res.setHeader('Content-Type', WASM_FILES[name]);
        res.setHeader('Content-Length', String(statSync(file).size));
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      if (!config || config.command !== 'build') return;
      const out = path.join(config.root, config.build.outDir, 'wasm');
      const missing = Object.keys(WASM_FILES).filter((f) => !existsSync(path.join(WASM_DIST, f)));
      if (missing.length > 0) {
        config.logger.warn(`[helm-render-wasm] ${missing.join(', ')} not built (Go missing?): the Manifests view will explain how to enable it`);
        return;
      }
      mkdirSync(out, { recursive: true });
      for (const f of Object.keys(WASM_FILES)) copyFileSync(path.join(WASM_DIST, f), path.join(out, f));
    },
  };
}
