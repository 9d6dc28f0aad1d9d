import { owningPath } from '../../core/history/changes';
import { nodeById } from '../../core/fields/node-index';

export type HistoryKey = 'undo' | 'redo';

/** Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo. */
export function historyKeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryKey | undefined {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return undefined;
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function editsText(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !NOT_TEXT.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Whether an input belongs to the builder form: its name is a values path of the schema (`ingress.hostName`, `tolerations.0.key`). */
function isFormInput(el: Element): boolean {
  const name = el.getAttribute('name');
  if (!name) return false;
  const owner = owningPath(name.split('.'));
  return nodeById(owner.join('.'))?.meta.kind === 'field';
}

/**
 * Whether Ctrl/Cmd+Z pressed with the focus on `target` is the builder's
 * undo. In the form's own inputs it is (typing is merged per input, so it
 * undoes what was typed there, and it also reaches the previous field); in
 * any other text box (the import paste box, the YAML editor, search, dialogs)
 * the browser's text undo stays in charge.
 */
export function appHandlesHistoryKey(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (!editsText(target)) return target.closest('[role="dialog"]') === null;
  return isFormInput(target) && target.closest('[role="dialog"]') === null;
}
