import { EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { cloneValues, deepEqual, FORBIDDEN_KEYS, isPlainMap, type Values } from '../../shared/values';
import { decodeBytes, guardText } from './input-guard';
import { LineIndex } from './text-lines';
import { goFloat32Key, isGoUint64, parseGoBigInt, resolvePlainScalar, yaml11Surprise, type ResolvedScalar } from './yaml-scalars';
import { formatPath, formatPosition, type TextPosition, type YamlError, type YamlErrorCode, type YamlLoadResult, type YamlWarning, type YamlWarningCode } from './yaml-result';

/**
 * A YAML loader for untrusted text that reads values the way Helm does.
 *
 * It never hands text to a general-purpose constructor: js-yaml's
 * `parseEvents` gives a flat event stream and this module builds the values
 * from it, checking as it goes:
 *
 * - syntax errors and nesting deeper than {@link MAX_DEPTH} come back with `line:column`;
 * - duplicate keys are errors (Helm would silently keep the last one);
 * - aliases are counted before anything is copied: each `*alias` adds the
 *   expanded size of its anchor, and the load stops once aliases would add
 *   more than {@link MAX_ALIAS_NODES} nodes (a "billion laughs" stops after a
 *   few hundred events, without expanding anything);
 * - only the standard tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`,
 *   `!!map`, `!!seq`, `!!merge`, and `!`) are accepted; `!!js/function`,
 *   `!!python/object`, `!!binary` or any other tag is refused by name;
 * - `__proto__`, `constructor` and `prototype` keys are refused (with their
 *   path) before they reach an object or a merge;
 * - `.inf` and `.nan` are refused (Helm cannot turn them into JSON);
 * - plain scalars follow go-yaml v2 (YAML 1.1): `yes`/`on` are booleans,
 *   `0600` is 384, and each such surprise becomes a warning;
 * - map keys become strings as sigs.k8s.io/yaml makes them (`on:` is the key
 *   `"true"`, `1:` is `"1"`); a null, list or map key is refused;
 * - merge keys (`<<`) are applied as go-yaml v2 applies them, which is what
 *   Helm does: a map or a list of maps is merged into the enclosing map at
 *   the point where `<<` appears, in document order (so a key written
 *   *before* `<<` is replaced by the merged value: that case is reported as
 *   a warning), and within a list the earlier maps win;
 * - a stream with more than one non-empty document is refused (Helm would
 *   read only the first);
 * - NEL (U+0085) is a line break, as in YAML 1.1; a raw U+2028 or U+2029 is
 *   refused (Helm's YAML 1.1 reader and YAML 1.2 readers disagree on it);
 * - integer map keys keep every digit and float keys go through float32, as
 *   sigs.k8s.io/yaml writes them (`1e20:` is the key `1e+20`).
 * interop/tests/yaml-reader.interop.test.ts holds these rules to Helm's own
 * reader on a corpus of documents.
 */

const MAX_DEPTH = 100;
/** How many nodes alias expansion may add in total. */
export const MAX_ALIAS_NODES = 100_000;
const MAX_WARNINGS = 100;

type Segment = string | number;

class LoadError extends Error {
  constructor(readonly detail: YamlError) {
    super(detail.message);
  }
}

interface Built {
  readonly value: unknown;
  /** Nodes in the expanded subtree (aliases counted at their full size). */
  readonly size: number;
  /** Collection levels inside the value (0 for a scalar). */
  readonly height: number;
}

interface PendingKey {
  readonly key: string;
  readonly merge: boolean;
  readonly offset: number;
}

interface MapFrame {
  readonly kind: 'map';
  readonly value: Values;
  readonly path: Segment[];
  readonly anchor: string | undefined;
  readonly offset: number;
  /** Keys written explicitly in this map, with the offset of the key. */
  readonly explicit: Map<string, number>;
  pending: PendingKey | undefined;
  size: number;
  height: number;
}

interface SeqFrame {
  readonly kind: 'seq';
  readonly value: unknown[];
  readonly path: Segment[];
  readonly anchor: string | undefined;
  readonly offset: number;
  size: number;
  height: number;
}

type Frame = MapFrame | SeqFrame;

const STANDARD_TAG = /^(?:!!|!<tag:yaml\.org,2002:)(str|int|float|bool|null|map|seq|merge)>?$/;

function describeTag(tag: string): string {
  return `\`${tag}\``;
}

class EventLoader {
  private readonly lines: LineIndex;
  private readonly stack: Frame[] = [];
  private readonly anchors = new Map<string, Built>();
  private readonly openAnchors = new Set<string>();
  private readonly warnings: YamlWarning[] = [];
  private droppedWarnings = 0;
  private aliasNodes = 0;
  private root: Built | undefined;

  constructor(private readonly source: string) {
    this.lines = new LineIndex(source);
  }

  load(): YamlLoadResult {
    let events: Event[];
    try {
      events = parseEvents(this.source, { maxDepth: MAX_DEPTH });
    } catch (e) {
      return { ok: false, error: this.syntaxError(e) };
    }
    try {
      for (const event of events) this.handle(event);
    } catch (e) {
      if (e instanceof LoadError) return { ok: false, error: e.detail };
      throw e;
    }
    if (this.droppedWarnings > 0) {
      this.warnings.push({ code: 'yaml11-scalar', message: `… and ${this.droppedWarnings} more warnings like these.` });
    }
    return { ok: true, value: this.root?.value ?? null, warnings: this.warnings };
  }

  private syntaxError(e: unknown): YamlError {
    if (e instanceof YAMLException) {
      const position = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : undefined;
      const at = position ? ` at ${formatPosition(position)}` : '';
      if (/maxDepth/.test(e.reason)) {
        return { code: 'too-deep', position, message: `The YAML nests more than ${MAX_DEPTH} levels deep${at}.` };
      }
      return { code: 'syntax', position, message: `Invalid YAML${at}: ${e.reason}.` };
    }
    return { code: 'syntax', message: `Invalid YAML: ${e instanceof Error ? e.message : String(e)}` };
  }

  private pos(offset: number): TextPosition {
    return this.lines.position(Math.max(0, offset));
  }

  private fail(code: YamlErrorCode, offset: number, message: string, path?: Segment[]): never {
    const position = this.pos(offset);
    const where = path ? ` (at \`${formatPath(path)}\`, ${formatPosition(position)})` : ` (at ${formatPosition(position)})`;
    throw new LoadError({ code, position, path: path ? formatPath(path) : undefined, message: `${message}${where}.` });
  }

  private warn(code: YamlWarningCode, offset: number, message: string, path: Segment[]): void {
    if (this.warnings.length >= MAX_WARNINGS) {
      this.droppedWarnings += 1;
      return;
    }
    const position = this.pos(offset);
    this.warnings.push({ code, position, path: formatPath(path), message: `${message} (at \`${formatPath(path)}\`, ${formatPosition(position)}).` });
  }

  private text(start: number, end: number): string | undefined {
    return start >= 0 ? this.source.slice(start, end) : undefined;
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Path of the value that the next node will become. */
  private childPath(): Segment[] {
    const top = this.top();
    if (!top) return [];
    if (top.kind === 'seq') return [...top.path, top.value.length];
    return top.pending ? [...top.path, top.pending.key] : top.path;
  }

  private inKeyPosition(): boolean {
    const top = this.top();
    return top !== undefined && top.kind === 'map' && top.pending === undefined;
  }

  private handle(event: Event): void {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        this.startDocument(event.directives);
        return;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const tag = this.text(event.tagStart, event.tagEnd);
        const kind = event.type === EVENT_ID.MAPPING ? 'map' : 'seq';
        const offset = event.anchorStart >= 0 ? event.anchorStart - 1 : event.start;
        if (tag !== undefined) this.checkCollectionTag(tag, kind, event.tagStart);
        if (this.inKeyPosition()) {
          this.fail('key-type', offset, `A ${kind === 'map' ? 'map' : 'list'} cannot be used as a map key`, this.childPath());
        }
        const anchor = this.text(event.anchorStart, event.anchorEnd);
        if (anchor !== undefined) this.openAnchors.add(anchor);
        const path = this.childPath();
        if (kind === 'map') {
          this.stack.push({ kind, value: {}, path, anchor, offset, explicit: new Map(), pending: undefined, size: 1, height: 1 });
        } else {
          this.stack.push({ kind, value: [], path, anchor, offset, size: 1, height: 1 });
        }
        return;
      }
      case EVENT_ID.SCALAR:
        this.scalar(event);
        return;
      case EVENT_ID.ALIAS:
        this.alias(event.anchorStart, event.anchorEnd);
        return;
      case EVENT_ID.POP: {
        const frame = this.stack.pop();
        if (!frame) return; // end of a document
        if (frame.anchor !== undefined) this.openAnchors.delete(frame.anchor);
        const built: Built = { value: frame.value, size: frame.size, height: frame.height };
        if (frame.anchor !== undefined) this.anchors.set(frame.anchor, built);
        this.deliver(built, frame.offset);
        return;
      }
    }
  }

  private startDocument(directives: readonly { kind: string }[]): void {
    if (directives.some((d) => d.kind === 'tag')) {
      throw new LoadError({ code: 'tag', message: '%TAG directives are not supported in a values file.' });
    }
  }

  private checkCollectionTag(tag: string, kind: 'map' | 'seq', offset: number): void {
    const m = STANDARD_TAG.exec(tag);
    if (tag === '!' || (m && m[1] === kind)) return;
    this.fail('tag', offset, `The tag ${describeTag(tag)} is not allowed: a values file may only hold plain maps, lists, strings, numbers, booleans and nulls`, this.childPath());
  }

  private scalar(event: ScalarEvent): void {
    const tag = this.text(event.tagStart, event.tagEnd);
    const text = event.valueStart >= 0 ? getScalarValue(this.source, event) : '';
    const offset = Math.min(...[event.valueStart, event.tagStart, event.anchorStart].filter((o) => o >= 0), this.source.length);
    const isKey = this.inKeyPosition();
    const path = this.childPath();
    const plain = event.style === SCALAR_STYLE.PLAIN;
    const resolved = this.resolveScalar(text, tag, plain, offset, path);
    const anchor = this.text(event.anchorStart, event.anchorEnd);
    if (isKey) {
      const built: Built = { value: resolved.kind === 'merge' ? '<<' : resolved.value, size: 1, height: 0 };
      if (anchor !== undefined) this.anchors.set(anchor, built);
      this.setKey(resolved, text, offset);
      return;
    }
    if (resolved.kind === 'float' && !Number.isFinite(resolved.value)) {
      this.fail('not-finite', offset, `\`${text}\` is not a finite number, and Helm cannot use infinity or NaN in values`, path);
    }
    if (plain && tag === undefined) {
      const surprise = yaml11Surprise(text, resolved);
      if (surprise) this.warn('yaml11-scalar', offset, surprise, path);
    }
    const built: Built = { value: resolved.value, size: 1, height: 0 };
    if (anchor !== undefined) this.anchors.set(anchor, built);
    this.deliver(built, offset);
  }

  private resolveScalar(text: string, tag: string | undefined, plain: boolean, offset: number, path: Segment[]): ResolvedScalar {
    if (tag === undefined) return plain ? resolvePlainScalar(text) : { kind: 'str', value: text };
    if (tag === '!') return { kind: 'str', value: text };
    const m = STANDARD_TAG.exec(tag);
    const name = m?.[1];
    if (name === 'str') return { kind: 'str', value: text };
    if (name === 'merge' && text === '<<') return { kind: 'merge', value: '<<' };
    if (name === 'int' || name === 'float' || name === 'bool' || name === 'null') {
      const r = resolvePlainScalar(text);
      if (r.kind === name) return r;
      if (name === 'float' && r.kind === 'int') return { kind: 'float', value: r.value };
      this.fail('tag', offset, `\`${text}\` cannot be read as ${describeTag(tag)}`, path);
    }
    this.fail('tag', offset, `The tag ${describeTag(tag)} is not allowed: a values file may only hold plain maps, lists, strings, numbers, booleans and nulls`, path);
  }

  /**
   * A key as sigs.k8s.io/yaml turns it into a JSON object key: integers digit for digit (`strconv.Itoa`; a uint64
   * key is an error there), floats through float32 (`strconv.FormatFloat(f, 'g', -1, 32)`), booleans as
   * `true`/`false`. Null keys are refused as Helm refuses them.
   */
  private keyString(resolved: ResolvedScalar | { kind: 'alias'; value: unknown }, text: string, offset: number): string {
    const value = resolved.value;
    if (typeof value === 'string') return value;
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (resolved.kind === 'int') {
      const exact = parseGoBigInt(text.replace(/_/g, ''));
      if (exact !== undefined && isGoUint64(exact)) {
        this.fail('key-type', offset, `The integer key \`${text}\` is beyond the 64-bit signed range, and Helm refuses such map keys; quote it to use it as text`, this.childPath());
      }
      if (exact !== undefined) return exact.toString();
    }
    if (typeof value === 'number') {
      if (resolved.kind === 'alias' && Number.isSafeInteger(value)) return String(value);
      return resolved.kind === 'int' ? String(value) : goFloat32Key(value);
    }
    if (value === null) this.fail('key-type', offset, `The empty/null key \`${text}\` cannot be used (Helm refuses null map keys)`, this.childPath());
    this.fail('key-type', offset, 'Only strings, numbers and booleans can be map keys', this.childPath());
  }

  private setKey(resolved: ResolvedScalar | { kind: 'alias'; value: unknown }, text: string, offset: number): void {
    const frame = this.top() as MapFrame;
    if (resolved.kind === 'merge') {
      frame.pending = { key: '<<', merge: true, offset };
      return;
    }
    const key = this.keyString(resolved, text, offset);
    const path = [...frame.path, key];
    if (FORBIDDEN_KEYS.has(key)) {
      this.fail('forbidden-key', offset, `The key \`${key}\` is not allowed (it could alter JavaScript objects)`, path);
    }
    const first = frame.explicit.get(key);
    if (first !== undefined) {
      this.fail('duplicate-key', offset, `Duplicate key \`${key}\`: it was already set at ${formatPosition(this.pos(first))}`, path);
    }
    if (resolved.kind !== 'alias' && key !== text) {
      this.warn('key-converted', offset, `The key \`${text}\` was read as \`${key}\` (YAML 1.1, as Helm reads it); quote it to keep the text`, path);
    }
    frame.explicit.set(key, offset);
    frame.pending = { key, merge: false, offset };
  }

  private alias(start: number, end: number): void {
    const name = this.source.slice(start, end);
    const offset = start - 1;
    const path = this.childPath();
    if (this.openAnchors.has(name)) {
      this.fail('recursive-alias', offset, `The alias \`*${name}\` refers to a value that contains it`, path);
    }
    const target = this.anchors.get(name);
    if (!target) this.fail('unknown-alias', offset, `The alias \`*${name}\` has no matching \`&${name}\` anchor before it`, path);
    this.aliasNodes += target.size;
    if (this.aliasNodes > MAX_ALIAS_NODES) {
      this.fail(
        'alias-expansion',
        offset,
        `Aliases would expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values (an entity-expansion or "billion laughs" pattern), so the text was not loaded`,
        path,
      );
    }
    if (this.stack.length + target.height > MAX_DEPTH) {
      this.fail('too-deep', offset, `The alias \`*${name}\` makes the values nest more than ${MAX_DEPTH} levels deep`, path);
    }
    if (this.inKeyPosition()) {
      if (typeof target.value === 'object' && target.value !== null) {
        this.fail('key-type', offset, 'A map or list cannot be used as a map key', path);
      }
      this.setKey({ kind: 'alias', value: target.value }, name, offset);
      return;
    }
    this.deliver({ value: cloneValues(target.value), size: target.size, height: target.height }, offset);
  }

  private deliver(built: Built, offset: number): void {
    const parent = this.top();
    if (!parent) {
      if (this.root === undefined || this.root.value === null) {
        this.root = built;
        return;
      }
      if (built.value === null) return; // an empty later document
      this.fail('multiple-documents', offset, 'The text holds more than one YAML document (separated by `---`); import one values file at a time');
    }
    parent.size += built.size;
    parent.height = Math.max(parent.height, built.height + 1);
    if (parent.kind === 'seq') {
      parent.value.push(built.value);
      return;
    }
    const pending = parent.pending;
    if (pending === undefined) {
      // Only scalars and aliases reach here as keys; collections were refused at their start.
      this.fail('key-type', offset, 'Only strings, numbers and booleans can be map keys', parent.path);
    }
    parent.pending = undefined;
    if (pending.merge) this.merge(parent, built.value, pending.offset);
    else parent.value[pending.key] = built.value;
  }

  /** go-yaml v2's merge: in document order, later wins; in a list, earlier maps win. */
  private merge(frame: MapFrame, source: unknown, offset: number): void {
    let sources: Values[];
    if (isPlainMap(source)) sources = [source];
    else if (Array.isArray(source) && source.every(isPlainMap)) sources = [...(source as Values[])].reverse();
    else this.fail('merge', offset, 'A merge key `<<` needs a map, an alias of a map, or a list of them', frame.path);
    for (const src of sources) {
      for (const [key, value] of Object.entries(src)) {
        const explicitAt = frame.explicit.get(key);
        if (explicitAt !== undefined && explicitAt < offset && !deepEqual(frame.value[key], value)) {
          this.warn(
            'merge-overrides',
            offset,
            `The merge key \`<<\` replaces \`${key}\` written before it at ${formatPosition(this.pos(explicitAt))}, as Helm applies merges in order; put \`<<\` first to keep your value`,
            [...frame.path, key],
          );
        }
        frame.value[key] = value;
      }
    }
  }
}

const SEPARATOR = /[\u2028\u2029]/;

/**
 * Helm's reader (go-yaml v2, YAML 1.1) takes NEL (U+0085) as a line break everywhere and turns it into `\n`; YAML
 * 1.2 readers (js-yaml) take it as text. Replacing it first makes the parse Helm's, position for position.
 * The line and paragraph separators (U+2028, U+2029) are line breaks too for Helm, but it keeps them in quoted and
 * block text (trimming the spaces around them): no replacement reproduces that, so they are refused with a place.
 */
function yaml11LineBreaks(text: string): { ok: true; text: string } | { ok: false; error: YamlError } {
  const at = text.search(SEPARATOR);
  if (at >= 0) {
    const position = new LineIndex(text).position(at);
    const name = text[at] === '\u2028' ? 'line separator (U+2028)' : 'paragraph separator (U+2029)';
    return {
      ok: false,
      error: {
        code: 'line-separator',
        position,
        message: `The text holds a raw ${name} at ${formatPosition(position)}: Helm reads it as a line break, other YAML readers as text, so the values would differ between tools. Remove it, or write it as \\${text[at] === '\u2028' ? 'L' : 'P'} inside double quotes.`,
      },
    };
  }
  return { ok: true, text: text.replace(/\u0085/g, '\n') };
}

/** Loads any YAML value from untrusted text (see the module comment for the rules). */
export function loadYaml(input: string | Uint8Array): YamlLoadResult {
  const guarded = typeof input === 'string' ? guardText(input) : decodeBytes(input);
  if (!guarded.ok) return guarded;
  const text = yaml11LineBreaks(guarded.text);
  if (!text.ok) return text;
  return new EventLoader(text.text).load();
}

export type ValuesYamlResult = { readonly ok: true; readonly values: Values; readonly warnings: readonly YamlWarning[] } | { readonly ok: false; readonly error: YamlError };

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text \`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  return `the ${typeof value} ${String(value)}`;
}

/**
 * Loads a values file: the top level must be a map. An empty text (or one
 * holding only comments or `null`) gives `{}`, as `helm install -f` does.
 */
export function loadValuesYaml(input: string | Uint8Array): ValuesYamlResult {
  const loaded = loadYaml(input);
  if (!loaded.ok) return loaded;
  const value = loaded.value;
  if (value === null || value === undefined) return { ok: true, values: {}, warnings: loaded.warnings };
  if (!isPlainMap(value)) {
    return {
      ok: false,
      error: {
        code: 'not-a-map',
        message: `A values file must be a map of keys (such as \`agent:\` or \`ingress:\`), but this is ${kindOf(value)}.`,
      },
    };
  }
  return { ok: true, values: value, warnings: loaded.warnings };
}
