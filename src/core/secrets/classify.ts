import { allNodes } from '../../schema/defaults';
import { CONNECTION_SECRET_KEYS, type ConnectionKind } from '../../schema/connection-kinds';
import type { SchemaNode } from '../../schema/walk';
import { isPlainMap, type Values } from '../values/types';
import { hasPemBlock, isHighEntropy, isObjectReference, isSecretAnnotation, isSecretName, looksPublic, urlCredentialRule } from './content-rules';

/** Why a value is secret. */
export type SecretRule =
  /** The schema marks the key secret (agent.token, polyaxonSecret, internalToken, organizationKey). */
  | 'schema'
  /** A credential env variable of the connection's kind (s3: AWS_SECRET_ACCESS_KEY, …). */
  | 'connection-kind'
  /** An env variable or map key named like a secret (…SECRET…, …PASSWORD…, …TOKEN…, …KEY…, …AUTH…). */
  | 'name'
  | 'url-userinfo'
  | 'url-query'
  /** A known credential annotation (basic auth, OAuth/OIDC). */
  | 'annotation'
  | 'pem'
  /** A long random-looking string in a free-text place. */
  | 'entropy';

export interface SecretFinding {
  /** Path segments in the values (list indexes as decimal strings). */
  readonly path: readonly string[];
  /** The path as people read it: `connections[0].env[1].value`, `ingress.annotations["a.b/c"]`. */
  readonly id: string;
  readonly rule: SecretRule;
  /** The secret value itself (for masking; never shown unless revealed). */
  readonly value: unknown;
}

/** `connections[0].env[1].value`; keys with dots or slashes in brackets. */
export function secretPathText(path: readonly string[]): string {
  let out = '';
  for (const seg of path) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

const NODES: ReadonlyMap<string, SchemaNode> = new Map(allNodes().map((n) => [n.id, n]));

/** Known keys of a connection's `schema` (spec §D.3): typed settings, not free text. */
const CONNECTION_SCHEMA_KEYS = new Set(['hostPath', 'mountPath', 'readOnly', 'subPath', 'volumeClaim', 'bucket', 'url', 'revision', 'flags', 'insecure']);
/** Keys of a connection that are structure or references (names of Secrets/ConfigMaps), not free text. */
const CONNECTION_STRUCTURE_KEYS = new Set(['name', 'kind', 'description', 'tags', 'secret', 'configMap', 'isAlias']);

type Add = (path: readonly string[], rule: SecretRule, value: unknown) => void;

/** The content rules every string is checked with, wherever it is. */
function contentRule(text: string): SecretRule | undefined {
  if (hasPemBlock(text)) return 'pem';
  return urlCredentialRule(text);
}

/** A string in a declared field (typed setting): only what it holds can make it secret. */
function declaredLeaf(value: unknown, path: readonly string[], add: Add): void {
  if (typeof value === 'string') {
    const rule = contentRule(value);
    if (rule) add(path, rule, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => declaredLeaf(item, [...path, String(i)], add));
  } else if (isPlainMap(value)) {
    for (const [k, v] of Object.entries(value)) declaredLeaf(v, [...path, k], add);
  }
}

interface FreeContext {
  /** The name the value goes by: its map key, or the `name` of an env-like `{name, value}` item. */
  name?: string;
  /** Inside an annotations map. */
  annotations?: boolean;
  /** Credential names of the connection kind the value belongs to. */
  kindKeys?: readonly string[];
}

/** Free-form data (annotations, labels, env, YAML blocks, unknown keys): names and content decide. */
function freeValue(value: unknown, path: readonly string[], ctx: FreeContext, add: Add): void {
  if (typeof value === 'string') {
    const rule = freeStringRule(value, ctx);
    if (rule) add(path, rule, value);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => freeValue(item, [...path, String(i)], { ...ctx, annotations: false }, add));
    return;
  }
  if (!isPlainMap(value)) return;
  // An env-like item: its `value` goes by the item's `name`.
  const itemName = typeof value.name === 'string' && 'value' in value ? value.name : undefined;
  for (const [key, child] of Object.entries(value)) {
    if (itemName !== undefined && key === 'name') continue;
    const name = itemName !== undefined && key === 'value' ? itemName : key;
    const annotations = ctx.annotations === true || /annotations$/i.test(key);
    freeValue(child, [...path, key], { name, annotations, ...(ctx.kindKeys ? { kindKeys: ctx.kindKeys } : {}) }, add);
  }
}

function freeStringRule(text: string, ctx: FreeContext): SecretRule | undefined {
  const content = contentRule(text);
  if (content) return content;
  if (text.trim() === '') return undefined;
  const { name } = ctx;
  if (name !== undefined) {
    if (ctx.kindKeys?.includes(name)) return 'connection-kind';
    if (ctx.annotations && isSecretAnnotation(name, text)) return 'annotation';
    const reference = ctx.annotations === true && /secret$/i.test(name) && isObjectReference(text.trim());
    if (!reference && isSecretName(ctx.annotations ? name.slice(name.lastIndexOf('/') + 1) : name) && !looksPublic(text)) return 'name';
  }
  if (isHighEntropy(text)) return 'entropy';
  return undefined;
}

/** One connection (artifactsStore, defaultArtifactsStore, connections[i], or one found in free data). */
function connectionValue(value: unknown, path: readonly string[], add: Add): void {
  if (!isPlainMap(value)) return freeValue(value, path, {}, add);
  const kind = typeof value.kind === 'string' ? (value.kind as ConnectionKind) : undefined;
  const kindKeys = kind !== undefined && Object.prototype.hasOwnProperty.call(CONNECTION_SECRET_KEYS, kind) ? CONNECTION_SECRET_KEYS[kind] : undefined;
  const withKind = kindKeys ? { kindKeys } : {};
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    if (CONNECTION_STRUCTURE_KEYS.has(key)) declaredLeaf(child, childPath, add);
    else if (key === 'schema' && isPlainMap(child)) {
      for (const [k, v] of Object.entries(child)) {
        if (CONNECTION_SCHEMA_KEYS.has(k)) declaredLeaf(v, [...childPath, k], add);
        else freeValue(v, [...childPath, k], { name: k, ...withKind }, add);
      }
    } else if (key === 'annotations') freeValue(child, childPath, { annotations: true }, add);
    else freeValue(child, childPath, { name: key, ...withKind }, add);
  }
}

function fieldValue(node: SchemaNode, value: unknown, path: readonly string[], add: Add): void {
  const meta = node.meta;
  if (meta.kind !== 'field') return;
  if (meta.secret === true) {
    if (value !== null && value !== undefined && value !== '') add(path, 'schema', value);
    return;
  }
  switch (meta.widget) {
    case 'connection':
      return connectionValue(value, path, add);
    case 'connectionList':
      if (Array.isArray(value)) value.forEach((c, i) => connectionValue(c, [...path, String(i)], add));
      else freeValue(value, path, {}, add);
      return;
    case 'keyValue':
      return freeValue(value, path, { annotations: /annotations$/i.test(node.id) }, add);
    case 'yaml':
    case 'stringList':
      return freeValue(value, path, {}, add);
    default:
      return declaredLeaf(value, path, add);
  }
}

function walk(map: Values, prefix: readonly string[], add: Add): void {
  for (const [key, value] of Object.entries(map)) {
    const path = [...prefix, key];
    const node = NODES.get(path.join('.'));
    if (!node) {
      // A key the builder does not know: free data (a known connection list name keeps its kind rules).
      if (/connections$/i.test(key) && Array.isArray(value)) value.forEach((c, i) => connectionValue(c, [...path, String(i)], add));
      else freeValue(value, path, { name: key }, add);
    } else if (node.meta.kind === 'group') {
      if (isPlainMap(value)) walk(value, path, add);
      else freeValue(value, path, { name: key }, add);
    } else {
      fieldValue(node, value, path, add);
    }
  }
}

/**
 * Every secret value in `values` (a values tree: the form's values, the
 * changed overlay or an imported file), in document order. The schema marks
 * the secret keys (`secret: true`), connection kinds name their credential
 * env variables, and content rules catch the rest: secret-sounding names in
 * free-form data, URLs with a password or a token parameter, credential
 * annotations, PEM blocks and long random strings in free text. Pure: no
 * React, no browser.
 */
export function classifySecrets(values: Values): SecretFinding[] {
  const found: SecretFinding[] = [];
  walk(values, [], (path, rule, value) => found.push({ path, id: secretPathText(path), rule, value }));
  return found;
}
