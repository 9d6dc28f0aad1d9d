import type * as z from 'zod';
import type { FieldNode, SchemaNode } from '../../schema/walk';
import { valuesSchema } from '../../schema/values-schema';
import { nodeById } from '../fields/node-index';
import { getPath, isPlainMap, type Values, type ValuesPath } from '../../shared/values';
import { formatSubPath, itemNoun } from './item-names';
import { orList, show as showValue } from './rules/helpers';
import type { Problem, SchemaIssueRef } from './types';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : showValue(value);
}

/** zod's own messages start with "Invalid", "Too small", "Too big" or "Unrecognized": we phrase those ourselves. */
function isGenericMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized)/.test(message);
}

/** The issue as a predicate ("must be Exists or Equal", "is required"), or undefined to use the schema's own message. */
function phrase(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return issue.values.length <= 6 ? `must be ${orList(issue.values.map((v) => String(v)))}` : `${show(issue.input)} is not an allowed value`;
    case 'unrecognized_keys':
      return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    default:
      break;
  }
  if (!isGenericMessage(issue.message)) return undefined;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${typeName(issue.expected)}`;
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'array') return `needs at least ${min} item${min === '1' ? '' : 's'}`;
      if (issue.origin === 'string') return min === '1' ? 'must not be empty' : `needs at least ${min} characters`;
      return `must be at least ${issue.inclusive === false ? `more than ${min}` : min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'array') return `takes at most ${max} items`;
      if (issue.origin === 'string') return `takes at most ${max} characters`;
      return `must be at most ${max}`;
    }
    case 'invalid_format':
      return 'has an invalid format';
    case 'invalid_union': {
      const expected = issue.errors.flatMap((branch) => (branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0 ? [typeName(branch[0].expected)] : []));
      return expected.length === issue.errors.length && expected.length > 0 ? `must be ${orList([...new Set(expected)])}` : 'has an invalid value';
    }
    default:
      return 'has an invalid value';
  }
}

/** "Label must be ...", or "Label: <the schema's message>". */
function sentence(subject: string, issue: Issue): string {
  const p = phrase(issue);
  if (p !== undefined) return subject ? `${subject} ${p}` : p.charAt(0).toUpperCase() + p.slice(1);
  return subject ? `${subject}: ${issue.message}` : issue.message;
}

/** The schema node owning an issue path: the field the path enters, else the deepest group on it. */
function owner(path: readonly PropertyKey[]): { node: SchemaNode; depth: number } | undefined {
  let found: { node: SchemaNode; depth: number } | undefined;
  let id = '';
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    if (typeof key !== 'string') break;
    id = i === 0 ? key : `${id}.${key}`;
    const node = nodeById(id);
    if (!node) break;
    found = { node, depth: i + 1 };
    if (node.meta.kind === 'field') break;
  }
  return found;
}

function valueAt(values: Values, path: readonly PropertyKey[]): unknown {
  return path.every((key) => typeof key !== 'symbol') ? getPath(values, path as ValuesPath) : undefined;
}

/** "Toleration 2", "Agent tolerations, toleration 2", "Connection 1 (my-s3)", "Node selector, key "gpu"". */
function itemSubject(field: FieldNode, key: PropertyKey, item: unknown): string {
  const { label } = field.meta;
  if (typeof key === 'number') {
    const noun = itemNoun(field.meta);
    const n = key + 1;
    const name = isPlainMap(item) && typeof item.name === 'string' && item.name !== '' ? ` (${item.name})` : '';
    if (!noun) return `${label}, item ${n}${name}`;
    const firstWord = noun.split(' ')[0] as string;
    const own = label.toLowerCase().startsWith(firstWord.toLowerCase());
    return own ? `${noun} ${n}${name}` : `${label}, ${noun.toLowerCase()} ${n}${name}`;
  }
  return `${label}, key ${JSON.stringify(String(key))}`;
}

/** Maps one zod issue on the normalized values to a problem on the field that owns it. */
function issueToProblem(issue: Issue, values: Values): Problem {
  const found = owner(issue.path);
  if (!found) {
    const where = formatSubPath(issue.path);
    return { path: issue.path.map(String).join('.'), message: sentence(where ? `\`${where}\`` : 'The values', issue), severity: 'error', rule: 'zod' };
  }
  const { node, depth } = found;
  const rest = issue.path.slice(depth);
  if (rest.length === 0 || node.meta.kind !== 'field') {
    const subject = rest.length === 0 ? node.meta.label : `${node.meta.label}: \`${formatSubPath(rest)}\``;
    return { path: node.id, message: sentence(subject, issue), severity: 'error', rule: 'zod' };
  }
  const field = node as FieldNode;
  const subPath = rest.map(String).join('.');
  const [first, ...inner] = rest as [PropertyKey, ...PropertyKey[]];
  if (typeof first === 'string' && field.meta.widget !== 'keyValue') {
    // Inside a single structured value (a connection, an affinity): name the sub-path.
    return { path: field.id, subPath, message: `${field.meta.label}: ${sentence(formatSubPath(rest), issue)}`, severity: 'error', rule: 'zod' };
  }
  const item = valueAt(values, issue.path.slice(0, depth + 1));
  const subject = itemSubject(field, first, item);
  const message = inner.length === 0 ? sentence(subject, issue) : `${subject}: ${sentence(formatSubPath(inner), issue)}`;
  return { path: field.id, subPath, message, severity: 'error', rule: 'zod' };
}

/** A schema problem and where its issue sits (for rules that supersede it). */
export interface SchemaProblem {
  readonly problem: Problem;
  readonly issue: SchemaIssueRef;
}

function issueRef(issue: Issue): SchemaIssueRef {
  return { path: issue.path.map((k) => (typeof k === 'number' ? '*' : String(k))).join('.'), code: issue.code };
}

/** The values schema's own checks on normalized values, as problems on the owning fields. */
export function schemaIssues(normalized: Values, schema: z.ZodType = valuesSchema): SchemaProblem[] {
  const result = schema.safeParse(normalized, { reportInput: true });
  return result.success ? [] : result.error.issues.map((issue) => ({ problem: issueToProblem(issue, normalized), issue: issueRef(issue) }));
}

/** The schema's problems alone. */
export function schemaProblems(normalized: Values, schema: z.ZodType = valuesSchema): Problem[] {
  return schemaIssues(normalized, schema).map((s) => s.problem);
}
