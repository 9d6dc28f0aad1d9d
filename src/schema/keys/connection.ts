import * as z from 'zod';
import { ARTIFACT_STORE_KINDS, CONNECTION_KIND_NAMES, CONNECTION_KINDS } from '../connection-kinds';
import { DNS1123_LABEL, DNS1123_SUBDOMAIN } from '../patterns';

export * from '../connection-kinds';

/**
 * The connection object (V1Connection), shared by `artifactsStore`,
 * `defaultArtifactsStore` and `connections[]`, built on the per-kind data table
 * (spec §D.2/§D.3, in ../connection-kinds.ts). The CLI accepts any `schema` dict,
 * so the per-kind required fields are enforced here.
 */

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

/** A Secret or ConfigMap reference (ConnectionResource). */
const connectionResource = z.strictObject({
  name: z.string().regex(DNS1123_SUBDOMAIN, 'An existing Secret/ConfigMap name (lower-case DNS subdomain)'),
  mountPath: absolutePath.optional(),
  items: z.array(z.string()).optional(),
  defaultMode: z.string({ error: 'A quoted file mode such as "0600" (an unquoted 0600 is read as a number)' }).regex(/^0?[0-7]{3,4}$/, 'A file mode such as "0600"').optional(),
  hostPath: z.string().optional(),
  isRequested: z.boolean().optional(),
});

const envVar = z.strictObject({
  name: z.string().min(1, 'A variable name'),
  value: z.string().optional(),
  valueFrom: z.record(z.string(), z.unknown()).optional(),
});

const connectionObject = z.strictObject({
  name: z.string().max(63, 'At most 63 characters').regex(DNS1123_LABEL, 'Lower-case letters, digits and "-" (it is also used as a volume name)'),
  kind: z.enum(CONNECTION_KIND_NAMES, { error: 'A connection kind such as s3, gcs, wasb, host_path, volume_claim, git or registry' }),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  schema: connectionSchemaObject.optional(),
  secret: connectionResource.optional(),
  configMap: connectionResource.optional(),
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
