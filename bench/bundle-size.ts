/** Size of the production bundle (run `npm run build` first); gzip sizes of dist/assets/*.js and dist/embed.js. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Figure } from './lib/figure';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

function gzKb(file: string): number {
  return gzipSync(readFileSync(file)).length / 1024;
}

export default function bundleSize(): Figure[] {
  const assets = path.join(dist, 'assets');
  if (!existsSync(assets)) {
    console.log('bundle-size: dist/ is absent (run `npm run build` first); skipped');
    return [];
  }
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const total = js.reduce((sum, f) => sum + gzKb(path.join(assets, f)), 0);
  const figures: Figure[] = [{ name: 'app JavaScript (gzip)', value: Math.round(total), unit: 'KiB', budget: 350 }];
  const embed = path.join(dist, 'embed.js');
  if (existsSync(embed)) figures.push({ name: 'embed.js (gzip)', value: Math.round(gzKb(embed)), unit: 'KiB', budget: 400 });
  return figures;
}
