/** One measured figure printed by `npm run bench`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget the figure should stay within (printed, never asserted). */
  budget?: number | undefined;
  /** The budget is a minimum (scores) rather than a maximum. */
  higherIsBetter?: boolean;
  /** One of many similar rows (e.g. per section): in results.json and a second printed table, not the main one. */
  detail?: boolean;
  note?: string;
}
