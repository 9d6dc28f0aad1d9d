import { objectKey, type K8sObject } from './objects';

export type ObjectChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffLine {
  readonly op: ' ' | '-' | '+';
  readonly text: string;
}

export interface ObjectDiff {
  readonly key: string;
  readonly change: ObjectChange;
  /** The object in the current render (absent when removed). */
  readonly current?: K8sObject;
  readonly base?: K8sObject;
}

/** Per object (matched by kind/name): what changed between a baseline render and the current one. */
export function diffObjects(base: readonly K8sObject[], current: readonly K8sObject[], text: (o: K8sObject) => string = (o) => o.text): ObjectDiff[] {
  const baseByKey = new Map(base.map((o) => [objectKey(o), o]));
  const seen = new Set<string>();
  const out: ObjectDiff[] = current.map((o) => {
    const key = objectKey(o);
    seen.add(key);
    const b = baseByKey.get(key);
    if (!b) return { key, change: 'added', current: o };
    return { key, change: text(b) === text(o) ? 'unchanged' : 'changed', current: o, base: b };
  });
  for (const b of base) if (!seen.has(objectKey(b))) out.push({ key: objectKey(b), change: 'removed', base: b });
  return out;
}

/**
 * A line diff (longest common subsequence) of two texts, with `context`
 * unchanged lines kept around each change and the rest folded into a
 * `… N unchanged lines` marker line.
 */
export function diffLines(before: string, after: string, context = 3): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Trim the common head and tail first: objects usually differ in a few lines.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  if (am.length * bm.length > 4_000_000) {
    // Too large for a table (never the case for the chart's objects, which differ in a few lines): show both sides.
    return [...am.map((text) => ({ op: '-' as const, text })), ...bm.map((text) => ({ op: '+' as const, text }))];
  }
  const lcs: number[][] = Array.from({ length: am.length + 1 }, () => new Array<number>(bm.length + 1).fill(0));
  for (let i = am.length - 1; i >= 0; i -= 1) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = bm.length - 1; j >= 0; j -= 1) row[j] = am[i] === bm[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const middle: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      middle.push({ op: ' ', text: am[i] as string });
      i += 1;
      j += 1;
    } else if (i < am.length && (j >= bm.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      middle.push({ op: '-', text: am[i] as string });
      i += 1;
    } else {
      middle.push({ op: '+', text: bm[j] as string });
      j += 1;
    }
  }
  const all: DiffLine[] = [...a.slice(0, head).map((text) => ({ op: ' ' as const, text })), ...middle, ...a.slice(a.length - tail).map((text) => ({ op: ' ' as const, text }))];
  const keep = all.map((l, k) => l.op !== ' ' || all.slice(Math.max(0, k - context), k + context + 1).some((n) => n.op !== ' '));
  const out: DiffLine[] = [];
  let folded = 0;
  all.forEach((l, k) => {
    if (keep[k]) {
      if (folded > 0) out.push({ op: ' ', text: `… ${folded} unchanged line${folded === 1 ? '' : 's'}` });
      folded = 0;
      out.push(l);
    } else folded += 1;
  });
  if (folded > 0) out.push({ op: ' ', text: `… ${folded} unchanged line${folded === 1 ? '' : 's'}` });
  return out;
}
