import * as z from 'zod';
import { DNS1123_LABEL, DNS1123_SUBDOMAIN } from '../patterns';
import { sub, type SubFieldSpec } from '../sub-fields';

/**
 * The connection object (V1Connection), shared by `artifactsStore`,
 * `defaultArtifactsStore` and `connections[]`, and the per-kind data table
 * (spec §D.2/§D.3). The CLI accepts any `schema` dict, so the per-kind required
 * fields are enforced here.
 */

export type ConnectionGroup = 'mount' | 'blob' | 'host' | 'notifier' | 'other';

/** One key of a kind's `schema`: rendered as a sub-field of the connection (text, switch or string list). */
export interface ConnectionSchemaField extends SubFieldSpec {
  readonly widget: 'text' | 'switch' | 'stringList';
  readonly required: boolean;
}

export interface ConnectionKindInfo {
  readonly group: ConnectionGroup;
  readonly schemaFields: readonly ConnectionSchemaField[];
  /** Only mount and blob kinds may be the artifacts store. */
  readonly canBeArtifactsStore: boolean;
}

/** The 43 connection kinds, exact strings, in the CLI's order. */
export const CONNECTION_KIND_NAMES = [
  'host_path', 'volume_claim', 'gcs', 's3', 'wasb', 'registry', 'git', 'aws', 'gcp', 'azure', 'mysql', 'postgres',
  'oracle', 'vertica', 'sqlite', 'mssql', 'redis', 'presto', 'mongo', 'cassandra', 'ftp', 'grpc', 'hdfs', 'http',
  'pig_cli', 'hive_cli', 'hive_metastore', 'hive_server2', 'jdbc', 'jenkins', 'samba', 'snowflake', 'ssh', 'cloudant',
  'databricks', 'segment', 'slack', 'discord', 'mattermost', 'pagerduty', 'hipchat', 'webhook', 'custom',
] as const;

export type ConnectionKind = (typeof CONNECTION_KIND_NAMES)[number];

const mountPath: ConnectionSchemaField = {
  key: 'mountPath',
  label: 'Mount path',
  widget: 'text',
  required: true,
  placeholder: '/data',
  description: 'Absolute path where the volume is mounted in runs (and in the gateway when mounted there).',
};
const readOnly: ConnectionSchemaField = {
  key: 'readOnly',
  label: 'Read only',
  widget: 'switch',
  required: false,
  description: 'Mount the volume read-only in runs (the chart does not apply it to the gateway mount).',
};
const subPath: ConnectionSchemaField = {
  key: 'subPath',
  label: 'Sub path',
  widget: 'text',
  required: false,
  description: 'Sub-path of the volume mounted into the gateway (read by the chart; not part of the CLI’s typed model).',
};
const bucket = (example: string, placeholder: string): ConnectionSchemaField => ({
  key: 'bucket',
  label: 'Bucket',
  widget: 'text',
  required: true,
  description: `The bucket, with its scheme, e.g. ${example}.`,
  placeholder,
});
const gitUrl = (required: boolean, description: string, placeholder: string): ConnectionSchemaField => ({
  key: 'url',
  label: 'URL',
  widget: 'text',
  required,
  description,
  placeholder,
});

const NOTIFIER_KINDS: readonly ConnectionKind[] = ['slack', 'discord', 'mattermost', 'pagerduty', 'hipchat', 'webhook'];

function kindInfo(kind: ConnectionKind): ConnectionKindInfo {
  switch (kind) {
    case 'host_path':
      return {
        group: 'mount',
        canBeArtifactsStore: true,
        schemaFields: [
          { key: 'hostPath', label: 'Host path', widget: 'text', required: true, description: 'Absolute path on the node.', placeholder: '/mnt/data' },
          mountPath,
          readOnly,
          subPath,
        ],
      };
    case 'volume_claim':
      return {
        group: 'mount',
        canBeArtifactsStore: true,
        schemaFields: [
          {
            key: 'volumeClaim',
            label: 'Volume claim',
            widget: 'text',
            required: true,
            description: 'Name of an existing PersistentVolumeClaim in the agent namespace (ReadWriteMany for several nodes).',
          },
          mountPath,
          readOnly,
          subPath,
        ],
      };
    case 's3':
      return { group: 'blob', canBeArtifactsStore: true, schemaFields: [bucket('s3://bucket or s3://bucket/path', 's3://my-bucket')] };
    case 'gcs':
      return { group: 'blob', canBeArtifactsStore: true, schemaFields: [bucket('gs://bucket', 'gs://my-bucket')] };
    case 'wasb':
      return { group: 'blob', canBeArtifactsStore: true, schemaFields: [bucket('wasbs://container@account.blob.core.windows.net/', 'wasbs://container@account.blob.core.windows.net/')] };
    case 'git':
      return {
        group: 'host',
        canBeArtifactsStore: false,
        schemaFields: [
          gitUrl(false, 'URL of the repository, e.g. https://github.com/org/repo.', 'https://github.com/org/repo'),
          { key: 'revision', label: 'Revision', widget: 'text', required: false, description: 'Branch, tag or commit to check out.', placeholder: 'main' },
          { key: 'flags', label: 'Flags', widget: 'stringList', required: false, description: 'Extra git flags.', itemLabel: 'Flag', noun: 'flag', wide: true },
        ],
      };
    case 'registry':
      return {
        group: 'host',
        canBeArtifactsStore: false,
        schemaFields: [
          gitUrl(true, 'The registry and repository, e.g. registry.example.com/org/repo.', 'registry.example.com/org/repo'),
          { key: 'insecure', label: 'Insecure', widget: 'switch', required: false, description: 'Allow an insecure (HTTP) registry.' },
        ],
      };
    case 'ssh':
      return { group: 'other', canBeArtifactsStore: false, schemaFields: [gitUrl(false, 'URL of the host or repository reached over SSH.', 'git@github.com:org/repo.git')] };
    default:
      return { group: NOTIFIER_KINDS.includes(kind) ? 'notifier' : 'other', canBeArtifactsStore: false, schemaFields: [] };
  }
}

/** kind -> group, schema fields and whether it can be the artifacts store. */
export const CONNECTION_KINDS: Readonly<Record<ConnectionKind, ConnectionKindInfo>> = Object.fromEntries(
  CONNECTION_KIND_NAMES.map((kind) => [kind, kindInfo(kind)]),
) as Record<ConnectionKind, ConnectionKindInfo>;

/** The kinds allowed as `artifactsStore`: host_path, volume_claim, gcs, s3, wasb. */
export const ARTIFACT_STORE_KINDS: readonly ConnectionKind[] = CONNECTION_KIND_NAMES.filter((k) => CONNECTION_KINDS[k].canBeArtifactsStore);

const absolutePath = z.string().regex(/^\//, 'An absolute path starting with /');

/** The known schema fields of every kind, typed; unknown keys pass (the CLI's dict fallback). */
const connectionSchemaObject = z
  .object({
    hostPath: absolutePath.optional(),
    mountPath: absolutePath.optional(),
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
    mountPath: sub(absolutePath, {
      label: 'Mount path',
      description: `Where the ${title} is mounted in runs; unset exposes it as environment variables.`,
      placeholder: '/etc/secrets',
    }).optional(),
    defaultMode: sub(
      z
        .string({ error: 'A quoted file mode such as "0600" (an unquoted 0600 is read as a number)' })
        .regex(/^0?[0-7]{3,4}$/, 'A file mode such as "0600"'),
      { label: 'Default mode', description: 'File mode of the mounted files, as a quoted octal string.', placeholder: '0600' },
    ).optional(),
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

export type Connection = z.infer<typeof connectionObject>;

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

/**
 * Per kind, the names that carry the kind's credentials (spec §D.3): env
 * variables with these names in a connection's `env` (or keys of a free-form
 * `schema`) hold secrets, whatever the content rules would say. The secret
 * classifier (core/secrets) reads this table.
 */
export const CONNECTION_SECRET_KEYS: Readonly<Partial<Record<ConnectionKind, readonly string[]>>> = {
  s3: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SECURITY_TOKEN', 'AWS_SESSION_TOKEN'],
  aws: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SECURITY_TOKEN', 'AWS_SESSION_TOKEN'],
  gcs: ['GC_KEYFILE_DICT', 'GOOGLE_KEYFILE_DICT'],
  gcp: ['GC_KEYFILE_DICT', 'GOOGLE_KEYFILE_DICT'],
  wasb: ['AZURE_ACCOUNT_KEY', 'AZURE_CONNECTION_STRING', 'AZURE_SAS_TOKEN'],
  azure: ['AZURE_ACCOUNT_KEY', 'AZURE_CONNECTION_STRING', 'AZURE_SAS_TOKEN', 'AZURE_CLIENT_SECRET'],
  git: ['POLYAXON_GIT_CREDENTIALS'],
  ssh: ['id_rsa'],
  registry: ['config.json', '.dockerconfigjson'],
  ...Object.fromEntries(NOTIFIER_KINDS.map((kind) => [kind, [`POLYAXON_INTEGRATIONS_WEBHOOKS_${kind.toUpperCase()}`]])),
};
