import { memo, Suspense, useMemo } from 'react';
import { fieldProps } from '../../core/fields/field-props';
import { existsWithAncestors } from '../../core/fields/node-index';
import type { FieldNode } from '../../schema/walk';
import { useChartVersion, useFieldProblems } from './builder-context';
import { FieldFrame, type FrameMessage } from './field-frame';
import { WIDGETS } from './widgets/registry';
import { fieldIds, problemLocation } from './widgets/widget-props';

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
  const Widget = def.component;
  return (
    <FieldFrame node={node} fp={fp} ids={ids} layout={def.layout} messages={messages}>
      <Suspense fallback={<div style={{ minHeight: 40 }} aria-busy="true" />}>
        <Widget node={node} fp={fp} ids={ids} describedBy={describedBy} problems={problems} />
      </Suspense>
    </FieldFrame>
  );
});
