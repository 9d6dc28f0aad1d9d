/**
 * What one keystroke costs in the core: normalize + overlay + merge + YAML +
 * validation for the realistic override fixture (the preview and the problem
 * count both recompute this on every change). Median of many runs.
 */
import { load } from 'js-yaml';
import { chartDefaults } from '../src/schema/defaults';
import { helmMerge } from '../src/core/values/helm-merge';
import { computeValues } from '../src/core/values/output';
import type { Values } from '../src/shared/values';
import { toYaml } from '../src/core/yaml/to-yaml';
import { validateValues } from '../src/core/validation/validate';
import type { Figure } from './lib/figure';
import { readSharedFile } from './lib/shared';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(fn: () => void, runs: number): number {
  for (let i = 0; i < 20; i += 1) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export default function previewPipeline(): Figure[] {
  const text = readSharedFile('fixtures/realistic-override.yaml');
  if (text === undefined) {
    console.log('preview-pipeline: ../shared/fixtures/realistic-override.yaml is absent; skipped');
    return [];
  }
  const version = '2.15.1';
  const form = helmMerge(chartDefaults(version), load(text) as Values);
  let counter = 0;
  const keystroke = () => {
    counter += 1;
    (form.ingress as Values).hostName = `polyaxon${counter % 7}.ml.acme-corp.example.com`;
    const { changed } = computeValues(form, version);
    toYaml(changed);
  };
  const validate = () => {
    validateValues(form, version);
  };
  const preview = time(keystroke, 300);
  const validation = time(validate, 300);
  return [
    { name: 'preview recompute per keystroke (computeValues + toYaml)', value: preview, unit: 'ms', budget: 4 },
    { name: 'validation per keystroke (validateValues)', value: validation, unit: 'ms', budget: 4 },
    { name: 'preview + validation per keystroke', value: preview + validation, unit: 'ms', budget: 8, note: 'one frame is 16 ms' },
  ];
}
