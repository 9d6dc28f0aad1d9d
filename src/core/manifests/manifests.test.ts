import { describe, expect, test } from 'vitest';
import { manifestObjects, objectKey, workloadObjects } from './objects';
import { RANDOM_CHECKSUM_MARKER, RANDOM_SECRET_MARKER, maskRandomSecrets } from './random-output';
import { isCrdSource, splitManifests } from './split';

const random60 = btoa('a'.repeat(30) + 'B9'.repeat(15));
const OUTPUT = [
  '---',
  '# Source: agent/templates/common-secrets.yaml',
  'apiVersion: v1',
  'kind: Secret',
  'metadata:',
  '  name: agent-polyaxon-secret',
  'data:',
  `  POLYAXON_SECRET_KEY: "${random60}"`,
  `  POLYAXON_SECRET_INTERNAL_TOKEN: "${btoa('fixed-token')}"`,
  '---',
  '# Source: agent/templates/crds/polyaxon.com_jobs.yaml',
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: operations.core.polyaxon.com',
  '---',
  '# Source: agent/templates/agent-deployment.yaml',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: agent-polyaxon-agent',
  '  annotations:',
  `    checksum/common-secrets: ${'ab'.repeat(32)}`,
  'spec:',
  '  replicas: 1',
  '---',
  '# Source: agent/templates/empty.yaml',
  '',
  '---',
  '# Source: agent/templates/hooks/clean-runs.yaml',
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata:',
  '  name: "agent-clean-runs"',
  '  annotations:',
  '    "helm.sh/hook": pre-delete',
  '',
].join('\n');

describe('splitManifests', () => {
  test('cuts helm template output into documents with their source, losing nothing', () => {
    const files = splitManifests(OUTPUT);
    expect(files.map((f) => f.source)).toEqual([
      'agent/templates/common-secrets.yaml',
      'agent/templates/crds/polyaxon.com_jobs.yaml',
      'agent/templates/agent-deployment.yaml',
      'agent/templates/empty.yaml',
      'agent/templates/hooks/clean-runs.yaml',
    ]);
    expect(files.map((f) => `---\n# Source: ${f.source}\n${f.text}\n`).join('')).toBe(OUTPUT);
    expect(files.filter((f) => isCrdSource(f.source))).toHaveLength(1);
  });
});

describe('manifestObjects', () => {
  test('reads kind, name and hooks; skips empty documents', () => {
    const objects = manifestObjects(OUTPUT);
    expect(objects.map(objectKey)).toEqual(['Secret/agent-polyaxon-secret', 'CustomResourceDefinition/operations.core.polyaxon.com', 'Deployment/agent-polyaxon-agent', 'Job/agent-clean-runs']);
    expect(objects[3]?.hook).toBe('pre-delete');
    expect(workloadObjects(OUTPUT).map((o) => o.kind)).toEqual(['Secret', 'Deployment', 'Job']);
  });

  test('a broken document is reported, not thrown', () => {
    const [o] = manifestObjects('---\n# Source: a/templates/x.yaml\nkind: [unclosed\n');
    expect(o?.parseError).toBeTruthy();
  });
});

describe('maskRandomSecrets', () => {
  test('masks random 60-character secrets and the checksum that depends on them, keeps chosen values', () => {
    const masked = maskRandomSecrets(OUTPUT);
    expect(masked).toContain(`POLYAXON_SECRET_KEY: "${RANDOM_SECRET_MARKER}"`);
    expect(masked).toContain(`POLYAXON_SECRET_INTERNAL_TOKEN: "${btoa('fixed-token')}"`);
    expect(masked).toContain(`checksum/common-secrets: ${RANDOM_CHECKSUM_MARKER}`);
    expect(maskRandomSecrets(masked)).toBe(masked);
  });

  test('without random secrets nothing changes', () => {
    const fixed = OUTPUT.replace(random60, btoa('chosen'));
    expect(maskRandomSecrets(fixed)).toBe(fixed);
  });
});
