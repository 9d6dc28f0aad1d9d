/**
 * What a first visit downloads before the form can be typed in: the entry
 * script, the chunks it imports statically (index.html's modulepreload links)
 * and the stylesheets, raw, gzip (level 9) and brotli; the chunk count; the
 * rest of the app's chunks (loaded on demand); dist/embed.js; web fonts.
 * `npm run bench first-load`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { appBuild, REPO_ROOT } from './lib/browser';
import type { Figure } from './lib/figure';

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizesOf(files: readonly string[]): Sizes {
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = readFileSync(file);
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes).length;
  }
  return total;
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Files index.html loads at once: the module entry, its modulepreloads and stylesheets. */
export function firstLoadFiles(dir: string): { js: string[]; css: string[] } {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const unique = [...new Set(refs)].map((r) => path.join(dir, r));
  return { js: unique.filter((f) => f.endsWith('.js')), css: unique.filter((f) => f.endsWith('.css')) };
}

export default async function firstLoad(): Promise<Figure[]> {
  const build = await appBuild();
  try {
    const { js, css } = firstLoadFiles(build.dir);
    const assets = path.join(build.dir, 'assets');
    const allJs = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join(assets, f));
    const lazy = allJs.filter((f) => !js.includes(f));
    const fonts = readdirSync(assets).filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
    const fontFaces = css.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/@font-face/g)?.length ?? 0), 0);
    const j = sizesOf(js);
    const c = sizesOf(css);
    const l = sizesOf(lazy);
    const figures: Figure[] = [
      { name: 'first-load JS + CSS (gzip)', value: kib(j.gzip + c.gzip), unit: 'KiB', budget: 150, note: `brotli ${kib(j.brotli + c.brotli)} KiB, raw ${kib(j.raw + c.raw)} KiB` },
      { name: 'first-load JS (raw / gzip / brotli)', value: kib(j.gzip), unit: 'KiB gzip', note: `raw ${kib(j.raw)} KiB, brotli ${kib(j.brotli)} KiB` },
      {
        name: 'first-load CSS (raw / gzip / brotli)',
        value: kib(c.gzip),
        unit: 'KiB gzip',
        note: `raw ${kib(c.raw)} KiB, brotli ${kib(c.brotli)} KiB; ${css.length} file(s) (MUI styles are emitted by Emotion at run time, inside the JS)`,
      },
      {
        name: 'index.html (gzip)',
        value: kib(sizesOf([path.join(build.dir, 'index.html')]).gzip),
        unit: 'KiB',
        note: 'the page with the first screen prerendered at build time (its markup and the styles it uses), painted before any script runs',
      },
      { name: 'first-load JS chunks', value: js.length, unit: 'files', note: 'the entry and its modulepreloads' },
      { name: 'chunks loaded on demand', value: lazy.length, unit: 'files', note: `${kib(l.gzip)} KiB gzip in all (output column, dialogs, editors, widgets, validation rules)` },
      { name: 'web fonts', value: fonts.length + fontFaces, unit: 'files', budget: 0, note: 'system font stacks only' },
    ];
    const embed = path.join(REPO_ROOT, 'dist', 'embed.js');
    if (existsSync(embed))
      figures.push({ name: 'dist/embed.js (gzip)', value: kib(sizesOf([embed]).gzip), unit: 'KiB', note: 'the script embed: one self-contained file, loaded only by pages that embed the builder' });
    return figures;
  } finally {
    build.dispose();
  }
}
