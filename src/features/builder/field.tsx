import { memo, Suspense, useMemo, useRef, type ComponentType } from 'react';
import type { Problem } from '../../core/validation/validate';
import { fieldProps } from '../../core/fields/field-props';
import { existsWithAncestors } from '../../core/fields/node-index';
import type { FieldNode } from '../../schema/walk';
import { useChartVersion, useFieldProblems } from './builder-context';
import { FieldFrame, type FrameMessage } from './field-frame';
import { WIDGETS } from './widgets/registry';
import { fieldIds, problemLocation, type WidgetProps } from './widgets/widget-props';

/** Whether a widget would show `a` and `b` alike: the messages at the field itself are shown by its frame, the widget reads only their severity. */
function sameForWidget(fieldId: string, a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i] as Problem;
      return p.rule === q.rule && p.path === q.path && p.subPath === q.subPath && p.severity === q.severity && (p.message === q.message || problemLocation(p) === fieldId);
    })
  );
}

/** The problems handed to the widget: the previous list while the widget would show them alike (a changed message of the field itself re-renders the frame, not a list's rows). */
function useWidgetProblems(fieldId: string, problems: readonly Problem[]): readonly Problem[] {
  const last = useRef(problems);
  if (last.current !== problems && !sameForWidget(fieldId, last.current, problems)) last.current = problems;
  return last.current;
}

/**
 * One schema field: picks its widget from fieldProps(node, version).widget and
 * wraps it with label, docs and problems. Subscribes only to its own value
 * (inside the widget) and its own problems; hidden when the release lacks the key.
 */
export const Field = memo(function Field({ node }: { node: FieldNode }) {
  const version = useChartVersion();
  const problems = useFieldProblems(node.id);
  const fp = useMemo(() => fieldProps(node, version), [node, version]);
  const ids = useMemo(() => fieldIds(node.id), [node.id]);
  const widgetProblems = useWidgetProblems(node.id, problems);
  if (!existsWithAncestors(node, version)) return null;

  const def = WIDGETS[fp.widget];
  // Widgets that show nested problems mark the row input a problem's subPath points at; the frame shows the rest.
  const messages: FrameMessage[] = problems
    .filter((p) => problemLocation(p) === node.id || !def.showsNested)
    .map((p) => ({
      severity: p.severity,
      text: p.path === node.id ? p.message : `${p.path.slice(node.id.length + 1)}: ${p.message}`,
    }));
  const describedBy = messages.length > 0 ? `${ids.problems} ${ids.description}` : ids.description;
  return (
    <FieldFrame node={node} fp={fp} ids={ids} layout={def.layout} messages={messages}>
      <WidgetSlot Widget={def.component} node={node} fp={fp} ids={ids} describedBy={describedBy} problems={widgetProblems} />
    </FieldFrame>
  );
});

/** The widget in its Suspense boundary; memoized, so the frame's own changes (a message) do not re-render it. */
const WidgetSlot = memo(function WidgetSlot({ Widget, ...props }: WidgetProps & { Widget: ComponentType<WidgetProps> }) {
  return (
    <Suspense fallback={<div style={{ minHeight: 40 }} aria-busy="true" />}>
      <Widget {...props} />
    </Suspense>
  );
});
