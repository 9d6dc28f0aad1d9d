import type { FieldProps } from '../../../core/fields/field-props';
import type { Problem } from '../../../core/validation/validate';
import type { FieldNode } from '../../../schema/walk';

/** DOM ids shared by a field's label, input, description and problem text. */
export interface FieldIds {
  /** id of the main input (the label's htmlFor). */
  readonly input: string;
  /** id of the visible label. */
  readonly label: string;
  /** id of the visually hidden description (aria-describedby). */
  readonly description: string;
  /** id of the inline problem text. */
  readonly problems: string;
}

/** What every widget receives from <Field>. Widgets bind `node.id` with useController. */
export interface WidgetProps {
  readonly node: FieldNode;
  readonly fp: FieldProps;
  readonly ids: FieldIds;
  /** Space-separated ids for aria-describedby on the widget's inputs. */
  readonly describedBy: string;
  /** Problems at this field's path or below (list rows use the ones under their index). */
  readonly problems: readonly Problem[];
}

/** A DOM id made from a dotted values path. */
export function domId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function fieldIds(path: string): FieldIds {
  const base = domId('field', path);
  return { input: base, label: `${base}-label`, description: `${base}-desc`, problems: `${base}-problems` };
}

/** The values path a problem points at: its field's path, and inside the value its `subPath` (`tolerations.1.operator`). */
export function problemLocation(problem: Pick<Problem, 'path' | 'subPath'>): string {
  return problem.subPath === undefined || problem.subPath === '' ? problem.path : `${problem.path}.${problem.subPath}`;
}

/** Problem messages exactly at `path`. */
export function messagesAt(problems: readonly Problem[], path: string): string[] {
  return problems.filter((p) => problemLocation(p) === path).map((p) => p.message);
}

/** Problems at `path` or below it. */
export function problemsUnder(problems: readonly Problem[], path: string): readonly Problem[] {
  return problems.filter((p) => {
    const at = problemLocation(p);
    return at === path || at.startsWith(`${path}.`);
  });
}
