/**
 * The prerendered form (vite-plugins/prerender.ts) can be typed in before the
 * app's script has hydrated it: the browser keeps what was typed, but React
 * only hears about it with the next change. Once React has taken a control
 * over, an edit made before (its value differs from the one in the HTML) is
 * replayed as the event React listens to, so the form state, the preview and
 * autosave get it without another keystroke.
 */

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Whether React has attached to the element (hydrated it). */
function hydrated(el: Element): boolean {
  return Object.keys(el).some((key) => key.startsWith('__reactProps$'));
}

/** Whether the user changed the control from what the HTML said. */
function editedBeforeHydration(el: Control): boolean {
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected);
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked !== el.defaultChecked;
  return el.value !== el.defaultValue;
}

/** Sets the value without React's value tracker seeing it (the prototype's setter). */
function setUntracked(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set?.call(el, value);
}

/** What the user left in a control: its text, checked state or selected value. */
function stateOf(el: Control): string | boolean {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked;
  return el.value;
}

/**
 * Tells React about `state`, as if the user had just made the change. A switch
 * or a select was put back to the HTML's state by hydration: it is clicked or
 * set again; a text keeps what was typed, which React's value tracker is told
 * it has not seen yet.
 */
function replayEdit(el: Control, state: string | boolean): void {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    if (el.checked !== state) el.click();
    return;
  }
  if (el instanceof HTMLSelectElement) {
    if (el.value === state) return;
    el.value = String(state);
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const typed = el.value === el.defaultValue ? String(state) : el.value;
  el.value = el.defaultValue; // through React's tracker: it now holds the prerendered value
  setUntracked(el, typed);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Watches `root` while it hydrates (every `intervalMs`, at most `limitMs`):
 * each control edited while React did not have it yet is replayed once React
 * has it. Call it before hydrating; a control React already has is left alone
 * (its changes reach React directly, and the caret stays where it is).
 */
export function replayEarlyInput(root: HTMLElement, intervalMs = 100, limitMs = 20_000): void {
  const started = Date.now();
  const pending = new Map<Control, string | boolean>();
  const scan = (): boolean => {
    let waiting = false;
    for (const el of root.querySelectorAll<Control>('input, textarea, select')) {
      if (hydrated(el)) continue;
      waiting = true;
      if (editedBeforeHydration(el)) pending.set(el, stateOf(el));
    }
    for (const [el, state] of [...pending]) {
      if (!el.isConnected) pending.delete(el);
      else if (hydrated(el)) {
        pending.delete(el);
        replayEdit(el, state);
      }
    }
    return waiting || pending.size > 0;
  };
  scan();
  const tick = () => {
    if (scan() && Date.now() - started < limitMs) setTimeout(tick, intervalMs);
  };
  setTimeout(tick, intervalMs);
}
