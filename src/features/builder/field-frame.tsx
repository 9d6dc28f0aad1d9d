import { useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldProps } from '../../core/fields/field-props';
import type { FieldNode } from '../../schema/walk';
import { InfoButton } from '../../ui/info-button';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { ChangeMarker } from './change-marker';
import { LeftOutNote } from '../secrets';
import { FieldChips } from './field-chips';
import type { FieldIds } from './widgets/widget-props';
import { lazyComponent } from '../../ui/lazy-load';

// The popover's docs text renders only when a field's info is opened.
const FieldInfo = lazyComponent(() => import('./field-info'), 'FieldInfo');

export interface FrameMessage {
  text: string;
  severity: 'error' | 'warning' | 'note';
}

interface FieldFrameProps {
  node: FieldNode;
  fp: FieldProps;
  ids: FieldIds;
  /** 'input': the label is a <label for> the main input; 'group': it names a group of inputs; 'inline': a switch before the label. */
  layout: 'input' | 'group' | 'inline';
  messages: readonly FrameMessage[];
  children: ReactNode;
}

/** Alt+I (the info button's aria-keyshortcuts): `code` so that macOS's Option+I dead key counts too. */
function isInfoShortcut(e: KeyboardEvent): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyI' || e.key.toLowerCase() === 'i');
}

/**
 * Label, chips, info button, inline problems and warning around one field's
 * widget: plain elements styled by <FieldStyles> (one stylesheet for all
 * fields), so a field costs its widget plus a few DOM nodes.
 */
export function FieldFrame({ node, fp, ids, layout, messages, children }: FieldFrameProps) {
  const [infoAnchor, setInfoAnchor] = useState<HTMLElement | null>(null);
  const infoButton = useRef<HTMLDivElement>(null);
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    if (!isInfoShortcut(e)) return;
    e.preventDefault();
    const button = infoButton.current?.querySelector<HTMLElement>('.vb-info');
    if (button) setInfoAnchor(button);
  }, []);
  const Label = layout === 'group' ? 'span' : 'label';
  return (
    <div className="vb-field" data-field={node.id} onKeyDown={onKeyDown}>
      <div className="vb-field-head" data-layout={layout} ref={infoButton}>
        {layout === 'inline' && children}
        <Label className="vb-field-label" id={ids.label} {...(layout === 'group' ? {} : { htmlFor: ids.input })}>
          {fp.label}
          {fp.required && (
            <span aria-hidden className="vb-field-required">
              {' *'}
            </span>
          )}
        </Label>
        <FieldChips node={node} />
        <ChangeMarker node={node} label={fp.label} inputId={ids.input} />
        <span className="vb-field-spacer" />
        <code className="vb-field-path" aria-hidden>
          {node.id}
        </code>
        <InfoButton label={fp.label} describedBy={ids.description} anchor={infoAnchor} onAnchorChange={setInfoAnchor}>
          <FieldInfo fp={fp} docsAnchor={node.meta.docsAnchor} />
        </InfoButton>
      </div>
      {layout !== 'inline' && children}
      {messages.length > 0 && (
        <div id={ids.problems}>
          {messages.map((m, i) => (
            <p key={i} className="vb-field-message" data-severity={m.severity}>
              {m.text}
            </p>
          ))}
        </div>
      )}
      <LeftOutNote fieldPath={node.path} />
      <VisuallyHidden id={ids.description}>{fp.description}</VisuallyHidden>
    </div>
  );
}
