import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { GOLDEN_SCENARIOS, scenarioValues } from '../../test-utils/golden-scenarios';
import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { TRICKY_STRINGS, valuesArb } from '../../test-utils/yaml-arbitraries';
import { runSeed } from '../../test-utils/run-seed';
import { buildHelmCommands } from './build';
import { parseSetFlags } from './parse-set';
import { valuesToSetFlags, type SetFlag } from './set-flags';

/**
 * The real Helm, when the interop tools are installed (.tools/bin/helm) or
 * helm is on PATH: `helm template` of a chart with empty values that prints
 * `.Values` as (base64) JSON shows exactly what Helm made of the flags.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const localHelm = path.join(repoRoot, '.tools/bin/helm');
const helm = existsSync(localHelm) ? localHelm : 'helm';
const helmWorks = spawnSync(helm, ['version', '--short'], { encoding: 'utf8' }).status === 0;

let chartDir = '';
function echoChart(): string {
  if (chartDir) return chartDir;
  const dir = mkdtempSync(path.join(tmpdir(), 'set-flags-echo-'));
  mkdirSync(path.join(dir, 'templates'));
  writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: echo\nversion: 0.1.0\n');
  writeFileSync(path.join(dir, 'templates', 'values.txt'), 'v: {{ .Values | toJson | b64enc }}\n');
  chartDir = dir;
  return dir;
}

function helmValues(flags: readonly SetFlag[]): unknown {
  const args = ['template', 'x', echoChart(), ...flags.flatMap((f) => [`--${f.kind}`, f.expr])];
  const r = spawnSync(helm, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`helm failed: ${r.stderr}`);
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  // base64, so that no character of the values can upset Helm's YAML check of the rendered file
  return JSON.parse(Buffer.from(line.replace(/^v: /, ''), 'base64').toString('utf8'));
}

/** Strings that cannot travel through argv (NUL) or UTF-8 (lone surrogates) are left out. */
function passesArgv(values: unknown): boolean {
  return !/\\u0000|\\ud[89a-f][0-9a-f]{2}/i.test(JSON.stringify(values));
}

function withoutTopLevelEmptyKey(values: Values): Values {
  const out: Values = { ...values };
  delete out[''];
  return out;
}

afterAll(() => {
  if (chartDir) rmSync(chartDir, { recursive: true, force: true });
});

describe('generated flags read by the real Helm', () => {
  if (!helmWorks) console.log(`Skipping the real Helm checks: ${helm} is not available (scripts/install-interop-tools.sh installs it).`);

  test.runIf(helmWorks)(
    'tricky strings as values, keys and list items',
    () => {
      const strings = TRICKY_STRINGS.filter((s) => passesArgv(s));
      const trees: Values[] = [
        { values: Object.fromEntries(strings.map((s, i) => [`k${i}`, s])) },
        { keys: Object.fromEntries(strings.filter((s) => s !== '').map((s) => [s, 'x'])) },
        { list: strings },
        {
          ingress: { annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '4G', 'ingress.kubernetes.io/proxy-read-timeout': '600' } },
          nums: [600, -1, 0, 1.5, 2 ** 40],
          nulls: { a: null },
          empty: { list: [], map: {} },
          tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }],
        },
      ];
      for (const values of trees) {
        const { flags } = valuesToSetFlags(values);
        expect(helmValues(flags)).toEqual(values);
        expect(parseSetFlags(flags)).toEqual(values);
      }
    },
    120_000,
  );

  test.runIf(helmWorks)(
    'random nested values: Helm and parseSetFlags agree with the input',
    () => {
      const seed = runSeed('real Helm --set check');
      const samples = fc.sample(valuesArb, { seed, numRuns: 120 }).filter(passesArgv);
      for (const values of samples) {
        const { flags } = valuesToSetFlags(values);
        const expected = withoutTopLevelEmptyKey(values);
        expect(helmValues(flags), JSON.stringify(flags)).toEqual(expected);
        expect(parseSetFlags(flags)).toEqual(expected);
      }
    },
    120_000,
  );

  test.runIf(helmWorks)(
    'hand-written flag lines: parseSetFlags matches Helm, quirks included',
    () => {
      const lines: SetFlag[][] = [
        [{ kind: 'set', expr: 'a=1,b=true,c=NULL,d=0755,e=00,f=1.5,g=-7,h=+7,i={x,1},j=\\{y}' }],
        [{ kind: 'set', expr: 'list[0]=foo,list[3]=bar,m[0].k=v,n[0][1]=z' }],
        [
          { kind: 'set', expr: 'x[0][1]' },
          { kind: 'set', expr: 'y[0].b=' },
          { kind: 'set', expr: 'z=' },
        ],
        [{ kind: 'set-json', expr: 'a= 1 , b=,c="x,]}{",d=[1,{"e":null}]' }],
        [
          { kind: 'set-string', expr: 'a.s=1' },
          { kind: 'set', expr: 'a.n=1,a.s=2' },
          { kind: 'set-json', expr: 'a={"j":1,"n":0}' },
        ],
        [{ kind: 'set', expr: 'a.b\\.c\\=d\\,e\\[f=1,sp ace=a b' }],
        [
          { kind: 'set', expr: 'a={}' },
          { kind: 'set-string', expr: 'b={}' },
        ],
      ];
      for (const flags of lines) expect(parseSetFlags(flags), JSON.stringify(flags)).toEqual(helmValues(flags));
    },
    120_000,
  );
});

describe('generated install commands run by sh and read by the real Helm', () => {
  const head = 'helm upgrade --install polyaxon polyaxon/agent --namespace polyaxon --create-namespace --version 2.15.1';
  const extra: Values = {
    agent: { token: "to,k'en$`x`\\", instance: 'acme.agents.UUID' },
    weird: { 'a.b=c,d[0]': ['yes', '0755', '', ' x ', 'multi\nline'], empty: [], map: {} },
  };

  test.runIf(helmWorks)(
    "the 'set' and 'stdin' variants give Helm exactly the values (golden scenarios and a nasty one)",
    () => {
      const cases = [...GOLDEN_SCENARIOS.map((s) => scenarioValues(s)), extra];
      for (const changed of cases) {
        for (const variant of ['set', 'stdin'] as const) {
          const blocks = buildHelmCommands({ release: 'polyaxon', namespace: 'polyaxon', chartVersion: '2.15.1', changed, yaml: toYaml(changed), variant });
          const command = blocks.find((b) => b.id === 'install')?.command ?? '';
          expect(command.startsWith(head)).toBe(true);
          // Same arguments and stdin, but rendered locally with the echo chart instead of installed.
          const local = `"$HELM" template x "$CHART"${command.slice(head.length)}`;
          const r = spawnSync('sh', ['-c', local], { encoding: 'utf8', env: { ...process.env, HELM: helm, CHART: echoChart() } });
          expect(r.status, r.stderr).toBe(0);
          const line = r.stdout.trim().split('\n').at(-1) ?? '';
          const got: unknown = JSON.parse(Buffer.from(line.replace(/^v: /, ''), 'base64').toString('utf8'));
          expect(got, `${variant}: ${command}`).toEqual(changed);
        }
      }
    },
    120_000,
  );
});
