import type { Values } from '../../../shared/values';

/** What a format decoder returns before the chart version and the values are checked. */
export interface DecodedPayload {
  version: string;
  changed: Values;
  /** Paths of the secret values the link left out (format 2). */
  leftOut?: string[][];
}

export interface ShareFormat {
  /** The tag after `s=` and before the dot. */
  readonly tag: string;
  encode(version: string, changed: Values, leftOut?: ReadonlyArray<readonly string[]>): Promise<string>;
  decode(data: string): Promise<DecodedPayload>;
}
