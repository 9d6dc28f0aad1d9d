import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decodeShareState } from './codec';
import { SHARE_FORMATS } from './formats';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Fixture {
  link: string;
  version: string;
  changed: unknown;
  /** Format 2 and later: the left-out secret paths. */
  leftOut?: string[][];
}

/**
 * One checked-in link per format version. These links are in the wild: if a
 * change to the code makes one of them decode differently, the change is wrong.
 */
describe('checked-in links of every format still decode to the same values', () => {
  test('there is a fixture for every format', () => {
    for (const tag of SHARE_FORMATS.keys()) {
      expect(() => readFileSync(path.join(here, 'fixtures', `v${tag}.json`), 'utf8'), `fixtures/v${tag}.json`).not.toThrow();
    }
  });

  for (const tag of SHARE_FORMATS.keys()) {
    test(`format ${tag}`, async () => {
      const fixture = JSON.parse(readFileSync(path.join(here, 'fixtures', `v${tag}.json`), 'utf8')) as Fixture;
      const hash = new URL(fixture.link).hash;
      expect(hash.startsWith(`#s=${tag}.`)).toBe(true);
      const result = await decodeShareState(hash);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      expect(result.version).toBe(fixture.version);
      expect(result.changed).toEqual(fixture.changed);
      expect(JSON.stringify(result.changed)).toBe(JSON.stringify(fixture.changed));
      expect(result.leftOut.map((l) => l.path)).toEqual(fixture.leftOut ?? []);
    });
  }

  test('the format 1 dictionary is frozen', () => {
    // Links index into this file: editing it changes what old links mean. Add a new format instead.
    const text = readFileSync(path.join(here, 'formats', 'v1-dictionary.json'));
    expect(createHash('sha256').update(text).digest('hex')).toBe('3900c97775ee04f3f2b5274513fc4ac0a65520f017bb9c385dba4fcad6f09009');
    const dictionary = JSON.parse(text.toString('utf8')) as { paths: string[]; strings: string[] };
    expect(new Set(dictionary.paths).size).toBe(dictionary.paths.length);
    expect(new Set(dictionary.strings).size).toBe(dictionary.strings.length);
  });
});
