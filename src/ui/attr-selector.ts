/** A CSS attribute selector `[attr="value"]` with the value escaped (works where CSS.escape is missing). */
export function attrSelector(attr: string, value: string): string {
  return `[${attr}="${value.replace(/["\\]/g, '\\$&')}"]`;
}
