import { GOLDEN_SCENARIOS, scenarioFormValues } from '../../src/test-utils/golden-scenarios';
import type { Values } from '../../src/shared/values';

export interface Scenario {
  /** How failures name it: golden id, or random index with its seed. */
  label: string;
  version: string;
  /** Full form values (chart defaults with the scenario's edits). */
  form: Values;
}

/** Every golden scenario of src/test-utils/golden-scenarios.ts, as form values. */
export function goldenScenarios(): Scenario[] {
  return GOLDEN_SCENARIOS.map((g) => ({ label: `golden "${g.id}" (${g.title})`, version: g.version, form: scenarioFormValues(g) }));
}
