type Listener = () => void;

/**
 * Which form sections are expanded. Lives outside React so that opening one
 * section (e.g. to reach a problem) re-renders only that section.
 */
export class SectionStore {
  private readonly open = new Map<string, boolean>();
  private readonly listeners = new Set<Listener>();

  constructor(initial: Iterable<readonly [string, boolean]>) {
    for (const [id, expanded] of initial) this.open.set(id, expanded);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  isOpen(id: string): boolean {
    return this.open.get(id) ?? false;
  }

  setOpen(id: string, expanded: boolean): void {
    if (this.isOpen(id) === expanded) return;
    this.open.set(id, expanded);
    for (const listener of [...this.listeners]) listener();
  }
}
