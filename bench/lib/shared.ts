import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the checkout (benchmarks read its fixtures in place). */
export const SHARED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

export function readSharedFile(relative: string): string | undefined {
  const file = path.join(SHARED_DIR, relative);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
