import * as z from 'zod';
import { ARTIFACT_STORE_KINDS, CONNECTION_KIND_NAMES, CONNECTION_KINDS, type ConnectionGroup, type ConnectionKind } from '../connection-kinds';
import { DNS1123_LABEL, DNS1123_SUBDOMAIN } from '../patterns';
import { sub } from '../sub-fields';

/**
 * The connection object (V1Connection), shared by `artifactsStore`,
 * `defaultArtifactsStore` and `connections[]`, built on the per-kind data table
 * (spec §D.2/§D.3, in ../connection-kinds.ts). The CLI accepts any `schema` dict, so the per-kind required
 * fields are enforced here.
 */

export * from '../connection-kinds';

/** A fresh node per use: sub() registers its label on the node, so a shared one would carry the last (the Secret's mount path read "ConfigMap"). */
const absolutePath = () => z.string().regex(/^\//, 'An absolute path starting with /');

/** The known schema fields of every kind, typed; unknown keys pass (the CLI's dict fallback). */
const connectionSchemaObject = z
  .object({
    hostPath: absolutePath().optional(),
    mountPath: absolutePath().optional(),
    readOnly: z.boolean().optional(),
    subPath: z.string().optional(),
    volumeClaim: z.string().regex(DNS1123_SUBDOMAIN, 'A PersistentVolumeClaim name (lower-case DNS subdomain)').optional(),
    bucket: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    revision: z.string().optional(),
    flags: z.array(z.string()).optional(),
    insecure: z.boolean().optional(),
  })
  .catchall(z.unknown());

/** A Secret or ConfigMap reference (ConnectionResource): a fresh schema per use, so each carries its own labels. */
function connectionResource(title: 'Secret' | 'ConfigMap') {
  const object = z.strictObject({
    name: sub(z.string().regex(DNS1123_SUBDOMAIN, 'An existing Secret/ConfigMap name (lower-case DNS subdomain)'), {
      label: `${title} name`,
      description: `An existing ${title} in the agent namespace whose keys runs using this connection get.`,
    }),
    mountPath: sub(absolutePath(), {
      label: 'Mount path',
      description: `Where the ${title} is mounted in runs; unset exposes it as environment variables.`,
      placeholder: '/etc/secrets',
    }).optional(),
    defaultMode: sub(z.string({ error: 'A quoted file mode such as "0600" (an unquoted 0600 is read as a number)' }).regex(/^0?[0-7]{3,4}$/, 'A file mode such as "0600"'), {
      label: 'Default mode',
      description: 'File mode of the mounted files, as a quoted octal string.',
      placeholder: '0600',
    }).optional(),
    items: sub(z.array(z.string()), {
      label: `${title} items`,
      description: `Keys of the ${title} to expose; unset exposes all of them.`,
      itemLabel: 'Item',
      noun: 'item',
      wide: true,
    }).optional(),
    hostPath: z.string().optional(),
    isRequested: z.boolean().optional(),
  });
  return sub(object, {
    label: `${title} reference`,
    description: `An optional ${title} the connection's credentials or settings come from.`,
    collapsible: true,
    wide: true,
  });
}

const GROUP_LABELS: Record<ConnectionGroup, string> = {
  mount: 'Volumes',
  blob: 'Blob storage',
  host: 'Git & registries',
  notifier: 'Notifiers',
  other: 'Other',
};

function isKind(value: string): value is ConnectionKind {
  return Object.prototype.hasOwnProperty.call(CONNECTION_KINDS, value);
}

const envVar = z.strictObject({
  name: z.string().min(1, 'A variable name'),
  value: z.string().optional(),
  valueFrom: z.record(z.string(), z.unknown()).optional(),
});

const connectionObject = z.strictObject({
  name: sub(z.string().max(63, 'At most 63 characters').regex(DNS1123_LABEL, 'Lower-case letters, digits and "-" (it is also used as a volume name)'), {
    label: 'Name',
    description: 'The name runs, mountConnections and the artifacts store refer to the connection by (also a volume name).',
    placeholder: 'e.g. my-artifacts',
  }),
  kind: sub(z.enum(CONNECTION_KIND_NAMES, { error: 'A connection kind such as s3, gcs, wasb, host_path, volume_claim, git or registry' }), {
    label: 'Kind',
    description: 'What the connection reaches: a volume, a blob store, a git repository or registry, a notifier or another service. Its schema fields follow the kind.',
    unsetLabel: 'Choose a kind',
    optionGroup: (kind) => (isKind(kind) ? GROUP_LABELS[CONNECTION_KINDS[kind].group] : GROUP_LABELS.other),
    optionGroups: Object.values(GROUP_LABELS),
  }),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  schema: sub(connectionSchemaObject, {
    label: 'Schema',
    description: 'The settings of the connection’s kind; a kind without known fields takes any map (edited as YAML).',
    placeholder: 'url: https://hooks.example.com/...',
    variants: { by: 'kind', fields: (kind) => (isKind(kind) ? CONNECTION_KINDS[kind].schemaFields : undefined) },
    wide: true,
  }).optional(),
  secret: connectionResource('Secret').optional(),
  configMap: connectionResource('ConfigMap').optional(),
  env: z.array(envVar).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
  isAlias: z.boolean().optional(),
});

type Connection = z.infer<typeof connectionObject>;

function requireKindFields(c: Connection, ctx: z.RefinementCtx): void {
  const info = CONNECTION_KINDS[c.kind];
  for (const field of info.schemaFields) {
    if (!field.required) continue;
    const value = c.schema?.[field.key];
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({ code: 'custom', path: ['schema', field.key], message: `A ${c.kind} connection needs schema.${field.key}` });
    }
  }
}

/** One connection, with the per-kind required schema fields. A fresh schema per call. */
export function connectionSchema() {
  return connectionObject.superRefine(requireKindFields);
}

/** A connection usable as the artifacts store (a mount or blob kind). */
export function artifactsStoreSchema() {
  return connectionObject.superRefine((c, ctx) => {
    if (!CONNECTION_KINDS[c.kind].canBeArtifactsStore) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `The artifacts store must be one of: ${ARTIFACT_STORE_KINDS.join(', ')}` });
    }
    requireKindFields(c, ctx);
  });
}

/** A list of connections with unique names. */
export function connectionListSchema() {
  return z.array(connectionSchema()).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `A connection named ${c.name} is already defined` });
      seen.add(c.name);
    });
  });
}
