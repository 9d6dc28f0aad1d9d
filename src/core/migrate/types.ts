import type { Values } from '../../shared/values';

/** One change a migration made, for the import report. */
export interface MigrationChange {
  /** The migration that made it (its function name), e.g. `migrateTimeZone`. */
  readonly migration: string;
  /** The path as imported, e.g. `timeZone` or `securityContext.user`. */
  readonly from: string;
  /** Where the value went, when it moved; absent when it was removed or rewritten in place. */
  readonly to?: string;
  /** One or two sentences for people: what changed and why. */
  readonly message: string;
  /** `note`: a remark that goes with a change but changes nothing itself. */
  readonly kind?: 'note';
}

export interface MigrationStep {
  /** A new values tree (the input is never modified). */
  readonly values: Values;
  readonly changes: readonly MigrationChange[];
}

/** A migration: a pure function from imported values to values the chart reads. */
export type Migration = (values: Values) => MigrationStep;
