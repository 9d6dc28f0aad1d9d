import type { ConnectionKind } from '../../schema/keys/connection';
import { placeholder } from './placeholder';

/** How one key of a Secret (or ConfigMap) is filled: a literal value, or a file's contents. */
export interface SecretKey {
  readonly key: string;
  readonly from: 'literal' | 'file';
  /** The value (or file path) to write, with its `<…>` placeholders marked. */
  readonly value: string;
}

export const literal = (key: string, what: string): SecretKey => ({ key, from: 'literal', value: placeholder(what) });
const file = (key: string, what: string): SecretKey => ({ key, from: 'file', value: placeholder(what) });

const NOTIFIER_KINDS: readonly string[] = ['slack', 'discord', 'mattermost', 'pagerduty', 'hipchat', 'webhook'];

/**
 * The keys a connection's Secret must hold, per kind (../shared/spec/agent-chart-spec.md §D.3):
 * s3 AWS keys, gcs a service-account key (a file when the Secret is mounted, else GC_KEYFILE_DICT),
 * wasb the account name and key, git POLYAXON_GIT_CREDENTIALS, registry a docker config.json,
 * ssh a key pair, notifiers their webhook list; other kinds have no fixed keys.
 */
export function connectionSecretKeys(kind: ConnectionKind | string, mounted: boolean): SecretKey[] {
  switch (kind) {
    case 's3':
      return [literal('AWS_ACCESS_KEY_ID', 'access key id'), literal('AWS_SECRET_ACCESS_KEY', 'secret access key')];
    case 'gcs':
      return mounted ? [file('gc-secret.json', 'path/to/service-account-key.json')] : [file('GC_KEYFILE_DICT', 'path/to/service-account-key.json')];
    case 'wasb':
      return [literal('AZURE_ACCOUNT_NAME', 'storage account name'), literal('AZURE_ACCOUNT_KEY', 'storage account key')];
    case 'git':
      return [literal('POLYAXON_GIT_CREDENTIALS', 'username:access-token')];
    case 'registry':
      return [file('config.json', 'path/to/.docker/config.json')];
    case 'ssh':
      return [file('id_rsa', 'path/to/id_rsa'), file('id_rsa.pub', 'path/to/id_rsa.pub')];
    default:
      if (NOTIFIER_KINDS.includes(kind)) {
        return [{ key: `POLYAXON_INTEGRATIONS_WEBHOOKS_${kind.toUpperCase()}`, from: 'literal', value: `[{"url": "${placeholder(`${kind} webhook url`)}"}]` }];
      }
      return [];
  }
}

/** Optional keys worth knowing about, per kind, for the step's note. */
export function optionalSecretKeys(kind: string): string[] {
  if (kind === 's3') return ['AWS_ENDPOINT_URL (MinIO and other S3-compatible stores)', 'AWS_REGION', 'AWS_SECURITY_TOKEN'];
  if (kind === 'wasb') return ['AZURE_CONNECTION_STRING (instead of the name and key)'];
  return [];
}
