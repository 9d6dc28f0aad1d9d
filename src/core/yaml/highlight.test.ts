import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayYaml } from '../secrets/display';
import { highlightYaml, type YamlToken, type YamlTokenType } from './highlight';
import { toYaml } from './to-yaml';
import { runSeed } from '../../test-utils/run-seed';
import { TRICKY_STRINGS, valuesArb } from '../../test-utils/yaml-arbitraries';

const joined = (tokens: readonly YamlToken[]) => tokens.map((t) => t.text).join('');
/** The tokens other than whitespace, as [type, text]. */
const visible = (text: string) =>
  highlightYaml(text)
    .filter((t) => t.type !== 'plain')
    .map((t): [YamlTokenType, string] => [t.type, t.text]);

describe('highlightYaml', () => {
  test('keys, scalars by type, comments, dashes', () => {
    const yaml = [
      '# header',
      'agent:',
      '  token: abc # the token',
      '  port: 443',
      '  ratio: 1.5',
      '  enabled: true',
      '  empty: null',
      '  tilde: ~',
      '  on: yes',
      'list:',
      '  - a',
      '  - 10',
      '  - name: x',
      '',
    ].join('\n');
    expect(visible(yaml)).toEqual([
      ['comment', '# header'],
      ['key', 'agent'],
      ['punct', ':'],
      ['key', 'token'],
      ['punct', ':'],
      ['string', 'abc'],
      ['comment', '# the token'],
      ['key', 'port'],
      ['punct', ':'],
      ['number', '443'],
      ['key', 'ratio'],
      ['punct', ':'],
      ['number', '1.5'],
      ['key', 'enabled'],
      ['punct', ':'],
      ['literal', 'true'],
      ['key', 'empty'],
      ['punct', ':'],
      ['literal', 'null'],
      ['key', 'tilde'],
      ['punct', ':'],
      ['literal', '~'],
      ['key', 'on'],
      ['punct', ':'],
      ['literal', 'yes'],
      ['key', 'list'],
      ['punct', ':'],
      ['punct', '-'],
      ['string', 'a'],
      ['punct', '-'],
      ['number', '10'],
      ['punct', '-'],
      ['key', 'name'],
      ['punct', ':'],
      ['string', 'x'],
    ]);
  });

  test('quoted keys and strings; a # inside quotes or a word is no comment', () => {
    expect(visible(`"a: b": 'it''s # not'\nurl: http://x/#frag\n`)).toEqual([
      ['key', '"a: b"'],
      ['punct', ':'],
      ['string', "'it''s # not'"],
      ['key', 'url'],
      ['punct', ':'],
      ['string', 'http://x/#frag'],
    ]);
    expect(visible('x: "a \\" b" # c')).toEqual([
      ['key', 'x'],
      ['punct', ':'],
      ['string', '"a \\" b"'],
      ['comment', '# c'],
    ]);
  });

  test('block scalars: the indented lines are text, even when they look like YAML', () => {
    const yaml = 'config: |-\n  a: 1\n\n  # not a comment\nnext: 2\n';
    expect(visible(yaml)).toEqual([
      ['key', 'config'],
      ['punct', ':'],
      ['punct', '|-'],
      ['string', 'a: 1'],
      ['string', '# not a comment'],
      ['key', 'next'],
      ['punct', ':'],
      ['number', '2'],
    ]);
  });

  test('anchors, aliases, tags, flow collections, document markers', () => {
    expect(visible('---\nbase: &b {x: 1, y: [a, "b"]}\nother: *b\nv: !!str 1\n...\n')).toEqual([
      ['punct', '---'],
      ['key', 'base'],
      ['punct', ':'],
      ['anchor', '&b'],
      ['punct', '{'],
      ['key', 'x'],
      ['punct', ':'],
      ['number', '1'],
      ['punct', ','],
      ['key', 'y'],
      ['punct', ':'],
      ['punct', '['],
      ['string', 'a'],
      ['punct', ','],
      ['string', '"b"'],
      ['punct', ']}'],
      ['key', 'other'],
      ['punct', ':'],
      ['anchor', '*b'],
      ['key', 'v'],
      ['punct', ':'],
      ['tag', '!!str'],
      ['number', '1'],
      ['punct', '...'],
    ]);
  });

  test('a quoted string over several lines stays one string', () => {
    expect(visible('a: "one\n  two"\nb: 1')).toEqual([
      ['key', 'a'],
      ['punct', ':'],
      ['string', '"one'],
      ['string', 'two"'],
      ['key', 'b'],
      ['punct', ':'],
      ['number', '1'],
    ]);
  });

  test('a masked secret marker stays whole inside one token', () => {
    const { text, masked } = displayYaml({ agent: { token: 'abc' }, externalServices: { redis: { password: 'p w' } } });
    expect(masked.length).toBeGreaterThan(0);
    const tokens = highlightYaml(text);
    masked.forEach((_, i) =>
      expect(
        tokens.some((t) => t.text.includes(`‹secret-${i}›`)),
        `marker ${i}`,
      ).toBe(true),
    );
  });

  test('never loses or changes a character (seeded)', () => {
    const seed = runSeed('highlightYaml');
    const yamlish = fc.string({ unit: fc.constantFrom(...'ab1 \t\n\r-:#,.[]{}&*!|>\'"%@`?~\\'.split('')), maxLength: 80 });
    const anything = fc.string({ unit: 'binary', maxLength: 60 });
    const fromValues = valuesArb.map((v) => toYaml(v));
    const tricky = fc.array(fc.constantFrom(...TRICKY_STRINGS), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlish, anything, fromValues, tricky), (text) => {
        const tokens = highlightYaml(text);
        expect(joined(tokens)).toBe(text);
        for (const t of tokens) expect(t.text).not.toBe('');
      }),
      { seed, numRuns: 1500 },
    );
  });

  test('empty text gives no tokens', () => {
    expect(highlightYaml('')).toEqual([]);
  });
});
