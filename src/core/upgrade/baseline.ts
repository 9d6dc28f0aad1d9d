import type { Values } from '../values/types';

/**
 * What an import says is deployed: the values overlay (what `helm get values`
 * shows), the chart release, and the Helm release and namespace when the
 * import named them. Upgrade mode compares the current values with it.
 */
export interface DeployedBaseline {
  readonly version: string;
  /** The user overlay at import time (computeValues(...).changed). */
  readonly values: Values;
  readonly release?: string;
  readonly namespace?: string;
  /** What named the release and namespace (`the \`helm upgrade\` command`), when something did. */
  readonly targetFrom?: string;
  /** What was imported, in user terms (`helm command`, `values.yaml`, a file name). */
  readonly source: string;
  /**
   * Paths of secret values the deployed values held that are not known here
   * (the baseline was kept in the browser without them): upgrade mode does not
   * compare them.
   */
  readonly leftOut?: readonly (readonly string[])[];
}
