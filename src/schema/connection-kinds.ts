import type { SubFieldSpec } from './sub-fields';

/**
 * The connection kinds and what each needs (spec §D.2/§D.3), as plain data without zod: the secret
 * classifier (first load) and the connection widgets read it; `keys/connection.ts` builds the zod
 * types on it and re-exports it.
 */

export type ConnectionGroup = 'mount' | 'blob' | 'host' | 'notifier' | 'other';

/** One key of a kind's `schema`: rendered as a sub-field of the connection (text, switch or string list). */
interface ConnectionSchemaField extends SubFieldSpec {
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
  'host_path',
  'volume_claim',
  'gcs',
  's3',
  'wasb',
  'registry',
  'git',
  'aws',
  'gcp',
  'azure',
  'mysql',
  'postgres',
  'oracle',
  'vertica',
  'sqlite',
  'mssql',
  'redis',
  'presto',
  'mongo',
  'cassandra',
  'ftp',
  'grpc',
  'hdfs',
  'http',
  'pig_cli',
  'hive_cli',
  'hive_metastore',
  'hive_server2',
  'jdbc',
  'jenkins',
  'samba',
  'snowflake',
  'ssh',
  'cloudant',
  'databricks',
  'segment',
  'slack',
  'discord',
  'mattermost',
  'pagerduty',
  'hipchat',
  'webhook',
  'custom',
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
        schemaFields: [{ key: 'hostPath', label: 'Host path', widget: 'text', required: true, description: 'Absolute path on the node.', placeholder: '/mnt/data' }, mountPath, readOnly, subPath],
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
export const CONNECTION_KINDS: Readonly<Record<ConnectionKind, ConnectionKindInfo>> = Object.fromEntries(CONNECTION_KIND_NAMES.map((kind) => [kind, kindInfo(kind)])) as Record<
  ConnectionKind,
  ConnectionKindInfo
>;

/** The kinds allowed as `artifactsStore`: host_path, volume_claim, gcs, s3, wasb. */
export const ARTIFACT_STORE_KINDS: readonly ConnectionKind[] = CONNECTION_KIND_NAMES.filter((k) => CONNECTION_KINDS[k].canBeArtifactsStore);

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
