/** One measured figure printed by `npm run bench`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget the figure should stay within (printed, never asserted). */
  budget?: number;
  note?: string;
}
