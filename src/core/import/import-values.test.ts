import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkImport, importValues, namedVersionOf, parseImport, type ImportResult } from './import-values';

const V = '2.15.1';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function failed(result: ImportResult) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.values)}`);
  return result.error;
}

describe('importValues: values.yaml', () => {
  test('the docs example with timeZone and securityContext.user is migrated and reported', () => {
    const r = ok(importValues('timeZone: Europe/Berlin\nsecurityContext:\n  enabled: true\n  user: 1111\n  group: 1111\n', { version: V }));
    expect(r.values).toEqual({ timezone: 'Europe/Berlin', securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 } });
    expect(r.report.source).toBe('values-yaml');
    expect(r.report.migrations.map((m) => m.migration)).toEqual(['migrateTimeZone', 'migrateSecurityContextUser', 'migrateSecurityContextUser', 'migrateSecurityContextUser']);
    expect(r.report.unreadKeys).toEqual([]);
  });

  test('unknown keys are kept and listed against the selected release', () => {
    const r = ok(importValues('custom: {a: 1}\nagent:\n  enableStatusFinalizers: false\n', { version: '2.8.0' }));
    expect(r.values).toEqual({ custom: { a: 1 }, agent: { enableStatusFinalizers: false } });
    expect(r.report.unreadKeys.map((k) => [k.path, k.reason])).toEqual([
      ['custom', 'unknown'],
      ['agent.enableStatusFinalizers', 'not-in-version'],
    ]);
    expect(r.report.unreadKeys[0]?.message).toContain('not read by chart 2.8.0');
  });

  test('YAML 1.1 warnings reach the report', () => {
    const r = ok(importValues('ingress:\n  enabled: yes\n', { version: V }));
    expect(r.values).toEqual({ ingress: { enabled: true } });
    expect(r.report.warnings[0]?.message).toContain('`yes` was read as true');
    expect(r.report.warnings[0]?.path).toBe('ingress.enabled');
  });

  test('a YAML error comes back with line:column', () => {
    const e = failed(importValues('agent:\n  token: "x\n', { version: V }));
    expect(e.source).toBe('values-yaml');
    expect(e.message).toMatch(/\d+:\d+/);
    expect(e.position).toBeDefined();
  });

  test('file bytes are accepted; binary bytes are refused', () => {
    expect(ok(importValues(new TextEncoder().encode('timezone: UTC\n'), { version: V })).values).toEqual({ timezone: 'UTC' });
    expect(failed(importValues(new Uint8Array([0, 1, 2, 3]), { version: V })).message).toContain('binary');
  });
});

describe('importValues: helm get values', () => {
  test('the USER-SUPPLIED VALUES header is stripped; line numbers stay those of the paste', () => {
    const r = ok(importValues('USER-SUPPLIED VALUES:\nagent:\n  instance: acme.agents.x\n', { version: V }));
    expect(r.report.source).toBe('helm-get-values');
    expect(r.values).toEqual({ agent: { instance: 'acme.agents.x' } });
    const e = failed(importValues('USER-SUPPLIED VALUES:\na: 1\na: 2\n', { version: V }));
    expect(e.position).toEqual({ line: 3, column: 1 });
  });

  test('no user values (`null`) gives an empty map', () => {
    expect(ok(importValues('USER-SUPPLIED VALUES:\nnull\n', { version: V })).values).toEqual({});
  });

  test('the pasted command line above the output is skipped', () => {
    const r = ok(importValues('$ helm get values agent -n polyaxon\nUSER-SUPPLIED VALUES:\ntimezone: UTC\n', { version: V }));
    // Its release and namespace are what the commands upgrade (release-target.test.ts).
    expect(r.values).toEqual({ timezone: 'UTC', releaseName: 'agent', namespace: 'polyaxon' });
  });

  test('COMPUTED VALUES (helm get values -a) are imported with a note', () => {
    const r = ok(importValues('COMPUTED VALUES:\napi: {}\ningress:\n  backend: gateway\n  enabled: true\n', { version: V }));
    expect(r.report.computed).toBe(true);
    expect(r.values).toEqual({ api: {}, ingress: { backend: 'gateway', enabled: true } });
    expect(r.report.notes[0]?.message).toContain('computed values');
    expect(r.report.unreadKeys).toEqual([]);
  });
});

describe('importValues: the chart release a file names', () => {
  test('deploymentVersion names the release', () => {
    const r = ok(importValues('deploymentVersion: "2.14.0"\ntimezone: UTC\n', { version: V }));
    expect(r.report).toMatchObject({ namedVersion: '2.14.0', version: '2.14.0' });
    expect(r.report.notes[0]?.message).toContain('This looks like chart 2.14.0');
    expect(ok(importValues('deploymentVersion: latest\n', { version: V })).report.namedVersion).toBeUndefined();
  });

  test('computed values name the release by their image tags, when they all agree', () => {
    const tags = (a: string, g: string, o: string) => `COMPUTED VALUES:\nagent:\n  imageTag: ${a}\ngateway:\n  imageTag: ${g}\noperator:\n  imageTag: ${o}\n`;
    expect(ok(importValues(tags('2.9.1', '2.9.1', '2.9.1'), { version: V })).report.namedVersion).toBe('2.9.1');
    expect(ok(importValues(tags('2.9.1', '2.9.1', 'custom'), { version: V })).report.namedVersion).toBeUndefined();
    // Not in user-supplied values: the user may have pinned one tag.
    expect(ok(importValues(tags('2.9.1', '2.9.1', '2.9.1').replace('COMPUTED', 'USER-SUPPLIED'), { version: V })).report.namedVersion).toBeUndefined();
  });
});

describe('importValues: helm commands', () => {
  test('--set paths, escapes, lists and types, with Helm flag order', () => {
    const r = ok(
      importValues(
        [
          'helm upgrade --install agent polyaxon/agent \\',
          '  --namespace polyaxon --version 2.14.0 \\',
          '  --set-string agent.token=0600 \\',
          "  --set 'ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/proxy-body-size=4G' \\",
          "  --set 'agent.imagePullSecrets={a,b}' \\",
          "  --set 'tolerations[0].key=dedicated,tolerations[0].operator=Exists' \\",
          '  --set ingress.enabled=true --set gateway.service.port=8080 \\',
          '  --set-json \'connections=[{"name":"ds","kind":"s3","schema":{"bucket":"s3://b"}}]\'',
        ].join('\n'),
        { version: V },
      ),
    );
    expect(r.report).toMatchObject({ source: 'helm-command', namedVersion: '2.14.0', version: '2.14.0', release: 'agent', namespace: 'polyaxon' });
    expect(r.values).toEqual({
      connections: [{ name: 'ds', kind: 's3', schema: { bucket: 's3://b' } }],
      ingress: { annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '4G' }, enabled: true },
      agent: { imagePullSecrets: ['a', 'b'], token: '0600' },
      tolerations: [{ key: 'dedicated', operator: 'Exists' }],
      gateway: { service: { port: 8080 } },
      releaseName: 'agent',
      namespace: 'polyaxon',
    });
  });

  test('$VAR is kept as text with a warning; -f files are listed as not loaded', () => {
    const r = ok(importValues('helm install agent polyaxon/agent -f values.yaml --set agent.token=$AGENT_TOKEN', { version: V }));
    expect(r.values).toEqual({ agent: { token: '$AGENT_TOKEN' }, releaseName: 'agent' });
    expect(r.report.warnings.map((w) => w.message).join('\n')).toContain('`$AGENT_TOKEN` is a shell expansion');
    expect(r.report.notes.map((n) => n.message).join('\n')).toContain("Not loaded: `-f values.yaml`. Add the file's contents");
  });

  test('`-f -` with a here-document is loaded, then --set applies on top; migrations run', () => {
    const r = ok(importValues("helm upgrade agent polyaxon/agent -f - --set timezone=UTC <<'EOF'\ntimeZone: Europe/Berlin\nagent:\n  instance: x\nEOF\n", { version: V }));
    expect(r.values).toEqual({ agent: { instance: 'x' }, timezone: 'UTC', releaseName: 'agent' });
    expect(r.report.migrations[0]?.message).toContain('already set');
  });

  test('an unquoted {a,b} is read as a Helm list, with a warning', () => {
    const r = ok(importValues('helm install a polyaxon/agent --set agent.imagePullSecrets={a,b}', { version: V }));
    expect(r.values).toEqual({ agent: { imagePullSecrets: ['a', 'b'] }, releaseName: 'a' });
    expect(r.report.warnings[0]?.message).toContain('`{a,b}` is not quoted');
  });

  test('--set-literal keeps commas and braces', () => {
    const r = ok(importValues("helm upgrade a polyaxon/agent --set-literal 'agent.token={a,b},c' --set agent.instance=x", { version: V }));
    expect(r.values).toEqual({ agent: { instance: 'x', token: '{a,b},c' }, releaseName: 'a' });
  });

  test('--set-file is refused with a message', () => {
    const e = failed(importValues('helm install a polyaxon/agent --set-file agent.token=./token.txt', { version: V }));
    expect(e.source).toBe('helm-command');
    expect(e.message).toContain('`--set-file agent.token=./token.txt` reads a local file');
  });

  test('a --set that Helm cannot parse is refused with Helm’s message', () => {
    expect(failed(importValues('helm install a polyaxon/agent --set a=b,c', { version: V })).message).toContain('failed parsing --set data');
    expect(failed(importValues("helm install a polyaxon/agent --set '__proto__.x=1'", { version: V })).message).toContain('not allowed');
  });

  test('an unknown --version is a warning and the selected release is used', () => {
    const r = ok(importValues('helm install a polyaxon/agent --version ^2.0 --set x=1', { version: V }));
    expect(r.report.version).toBe(V);
    expect(r.report.warnings[0]?.message).toContain('`--version ^2.0` is not a chart release');
  });

  test('a chart other than polyaxon/agent is a warning', () => {
    const r = ok(importValues('helm install a bitnami/nginx --set x=1', { version: V }));
    expect(r.report.warnings[0]?.message).toContain('bitnami/nginx');
    expect(ok(importValues('helm install a oci://registry/charts/agent -n ml --set x=1', { version: V })).report.warnings).toEqual([]);
  });
});

describe('importValues: legacy lists and modes', () => {
  test('notificationConnections and persistence lists go to connections; integer defaultMode becomes a string', () => {
    const text = [
      'artifactsStore: {}',
      'connections:',
      '  - name: repo',
      '    kind: ssh',
      '    secret:',
      '      name: ssh-secret',
      '      defaultMode: 0600',
      'notificationConnections:',
      '  - name: slack',
      '    kind: slack',
      'persistence:',
      '  - name: gcs-dataset1',
      '    kind: gcs',
      '    schema:',
      '      bucket: "gs://b"',
      'deploymentVersion: 2.15',
      '',
    ].join('\n');
    const r = ok(importValues(text, { version: V }));
    expect(r.values).toEqual({
      connections: [
        { name: 'repo', kind: 'ssh', secret: { name: 'ssh-secret', defaultMode: '0600' } },
        { name: 'slack', kind: 'slack' },
        { name: 'gcs-dataset1', kind: 'gcs', schema: { bucket: 'gs://b' } },
      ],
      deploymentVersion: '2.15',
    });
    expect(r.report.migrations.map((m) => m.migration)).toEqual([
      'migrateNotificationConnections',
      'migratePersistence',
      'migrateEmptyArtifactsStore',
      'migrateSecretDefaultMode',
      'migrateDeploymentVersion',
    ]);
    expect(r.report.warnings.map((w) => w.message).join('\n')).toContain('`0600` was read as the octal number 384');
  });
});

// The examples of the research spec (§F), read from the shared folder when it is present.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const specPath = path.resolve(repoRoot, '../shared/spec/agent-chart-spec.md');
const hasSpec = existsSync(specPath);
if (!hasSpec) console.log(`skipping the §F example imports: ${specPath} is not there`);

function specExamples(): { id: string; yaml: string }[] {
  const text = readFileSync(specPath, 'utf8');
  const section = text.slice(text.indexOf('## F.'), text.indexOf('## G.'));
  const out: { id: string; yaml: string }[] = [];
  const re = /\*\*Example (F-\d+)\*\*[\s\S]*?```yaml\n([\s\S]*?)```/g;
  for (let m = re.exec(section); m; m = re.exec(section)) out.push({ id: m[1] as string, yaml: m[2] as string });
  return out;
}

describe.skipIf(!hasSpec)('importValues: the spec’s §F examples', () => {
  test('every example either imports or fails with a located, readable message; none throws', () => {
    const examples = specExamples();
    expect(examples.length).toBeGreaterThan(50);
    for (const ex of examples) {
      const r = importValues(ex.yaml, { version: V });
      if (!r.ok) expect(r.error.message.length, ex.id).toBeGreaterThan(10);
    }
  });

  test.each([
    ['F-13', { securityContext: { enabled: false, runAsUser: 2222, runAsGroup: 2222 } }],
    ['F-15', { securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 } }],
    ['F-16', { connections: [] }],
  ])('%s is migrated', (id, expected) => {
    const ex = specExamples().find((e) => e.id === id);
    expect(ex, id).toBeDefined();
    expect(ok(importValues(ex?.yaml ?? '', { version: V })).values).toEqual(expected);
  });

  test('F-101 (legacy persistence) becomes connections', () => {
    const ex = specExamples().find((e) => e.id === 'F-101');
    const r = ok(importValues(ex?.yaml ?? '', { version: V }));
    expect((r.values.connections as unknown[]).length).toBe(2);
    expect(r.values.persistence).toBeUndefined();
  });
});

describe('parseImport + checkImport', () => {
  test('a text is parsed once and checked per release; importValues is the two in a row', () => {
    const text = 'deploymentVersion: "2.14.0"\ntimeZone: UTC\n';
    const parsed = parseImport(text);
    expect(namedVersionOf(parsed)).toBe('2.14.0');
    const forNamed = checkImport(parsed, '2.14.0');
    expect(checkImport(parsed, '2.14.0')).toBe(forNamed); // memoized per release
    const forCurrent = ok(checkImport(parsed, V));
    expect(forCurrent.report.version).toBe(V);
    expect(forNamed).toEqual(importValues(text, { version: V }));
    expect(forCurrent).toEqual(importValues(text, { version: V, followNamedVersion: false }));
  });

  test('a text that cannot be read fails the same for every release', () => {
    const parsed = parseImport('a: [1, 2');
    expect(parsed.ok).toBe(false);
    expect(checkImport(parsed, V)).toBe(parsed);
    expect(checkImport(parsed, '2.14.0')).toEqual(importValues('a: [1, 2', { version: V }));
  });
});
