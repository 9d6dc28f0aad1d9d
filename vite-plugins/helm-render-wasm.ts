import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Where scripts/build-wasm.sh writes the renderer, and the URL folder the app loads it from. */
const WASM_DIST = path.resolve(import.meta.dirname, '../wasm/helm-render/dist');
const WASM_FILES = { 'helm-render.wasm': 'application/wasm', 'wasm_exec.js': 'text/javascript' } as const;
/** Precompressed copies scripts/precompress.mjs writes beside the .wasm, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The precompressed copy to send for an Accept-Encoding header, among those that exist; undefined: send the file as is. */
export function pickEncoding(acceptEncoding: string | undefined, exists: (suffix: string) => boolean): (typeof ENCODINGS)[number] | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (token) accepted.set(token, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  return ENCODINGS.find((e) => weight(e.name) > 0 && exists(e.suffix));
}

/** Answers GET <base>wasm/<file> from `dir`, precompressed when the client accepts it. */
function serveFrom(base: string, dir: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    const name = (url.startsWith(`${base}wasm/`) ? url.slice(base.length + 'wasm/'.length) : '') as keyof typeof WASM_FILES;
    if (!name || !(name in WASM_FILES)) return next();
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end('the in-browser renderer is not built: install Go and run npm run build:wasm');
      return;
    }
    const encoding = pickEncoding(req.headers['accept-encoding'], (suffix) => existsSync(file + suffix));
    const sent = encoding ? file + encoding.suffix : file;
    res.setHeader('Content-Type', WASM_FILES[name]);
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Content-Length', String(statSync(sent).size));
    createReadStream(sent).pipe(res);
  };
}

/**
 * Serves (dev, preview) and copies (build) the in-browser chart renderer as plain files under `wasm/`, with the
 * .gz/.br copies beside the .wasm so that static servers configured for precompressed files send them.
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
      server.middlewares.use(serveFrom(server.config.base, WASM_DIST));
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveFrom(server.config.base, path.resolve(server.config.root, server.config.build.outDir, 'wasm')));
    },
    closeBundle() {
      if (!config || config.command !== 'build') return;
      const out = path.resolve(config.root, config.build.outDir, 'wasm');
      const missing = Object.keys(WASM_FILES).filter((f) => !existsSync(path.join(WASM_DIST, f)));
      if (missing.length > 0) {
        config.logger.warn(`[helm-render-wasm] ${missing.join(', ')} not built (Go missing?): the Manifests view will explain how to enable it`);
        return;
      }
      mkdirSync(out, { recursive: true });
      for (const f of Object.keys(WASM_FILES)) {
        copyFileSync(path.join(WASM_DIST, f), path.join(out, f));
        for (const { suffix } of ENCODINGS) if (existsSync(path.join(WASM_DIST, f + suffix))) copyFileSync(path.join(WASM_DIST, f + suffix), path.join(out, f + suffix));
      }
    },
  };
}
