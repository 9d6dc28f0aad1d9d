import { useEffect } from 'react';
import { focusProblem, useBuilder } from '../builder';

const handled = new WeakMap<object, number>();

/**
 * Reveals the field a `#field=<values path>` deep link names: expands its
 * section, scrolls to it and focuses its input. Each request is handled once,
 * even when the form is replaced afterwards. Mount inside <BuilderForm>.
 */
export function DeepLinkFocus({ request, owner }: { request: { field: string; seq: number } | undefined; owner: object }) {
  const { sections } = useBuilder();
  useEffect(() => {
    if (!request || (handled.get(owner) ?? 0) >= request.seq) return;
    handled.set(owner, request.seq);
    focusProblem(request.field, sections);
  }, [request, owner, sections]);
  return null;
}
