/** A CSS attribute selector `[attr="value"]` (or `[attr^="value"]`, starts with) with the value escaped (works where CSS.escape is missing). */
export function attrSelector(attr: string, value: string, match: '=' | '^=' = '='): string {
  return `[${attr}${match}"${value.replace(/["\\]/g, '\\$&')}"]`;
}
