import { valuesFileText } from '../../src/core/download/values-file';
import { cliCompatibleValues } from '../../src/core/values/cli-compatible';
import { computeValues } from '../../src/core/values/output';
import type { Values } from '../../src/shared/values';
import { toYaml } from '../../src/core/yaml/to-yaml';

export interface CliFile {
  text: string;
  values: Values;
  dropped: readonly string[];
}

/** Release and namespace as the builder takes them from the form (CLI defaults otherwise). */
export function releaseAndNamespace(form: Values): { release: string; namespace: string } {
  const release = typeof form.releaseName === 'string' && form.releaseName !== '' ? form.releaseName : 'agent';
  const namespace = typeof form.namespace === 'string' && form.namespace !== '' ? form.namespace : 'polyaxon';
  return { release, namespace };
}

/** The builder's CLI-compatible download for form values: cliCompatibleValues(changed) as YAML, with the file header. */
export function cliFileFor(form: Values, version: string): CliFile {
  const { changed } = computeValues(form, version);
  const { release, namespace } = releaseAndNamespace(form);
  const cli = cliCompatibleValues(changed, { version, namespace, release });
  return { text: valuesFileText(toYaml(cli.values), version, { release, namespace }), values: cli.values, dropped: cli.dropped };
}
