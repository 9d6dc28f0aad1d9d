import type { Problem } from '../../../core/validation/validate';
import { hasError } from './use-field';
import { messagesAt, problemLocation, problemsUnder } from './widget-props';

/** helperText and error state of one sub-input of a list row. */
export function subInputState(problems: readonly Problem[], path: string) {
  const msgs = messagesAt(problems, path);
  return { error: hasError(problemsUnder(problems, path)), helperText: msgs.length > 0 ? msgs.join('; ') : undefined };
}

/**
 * Messages under a row that no sub-input shows. A message located by its
 * `subPath` already names the item and key; others get the relative path first.
 */
export function leftoverMessages(problems: readonly Problem[], rowPath: string, shown: readonly string[]): string[] {
  return problemsUnder(problems, rowPath)
    .filter((p) => !shown.some((s) => problemLocation(p) === `${rowPath}.${s}`))
    .map((p) => (p.subPath !== undefined || p.path === rowPath ? p.message : `${p.path.slice(rowPath.length + 1)}: ${p.message}`));
}
