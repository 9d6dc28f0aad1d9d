import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Code that is not needed to type in the first field is split into chunks
 * loaded on demand (docs/performance.md). Two helpers, both registered so
 * that `preloadLazy()` can load every chunk up front (tests do, before they
 * render; the service worker precaches them for offline use):
 *
 * - `lazyModule(load)`: a module loaded on demand; `get()` is synchronous once loaded.
 * - `lazyComponent(load, name)`: React.lazy for a named export; once its chunk
 *   is loaded it renders without suspending (a synchronous thenable), so a
 *   preloaded component never flashes its fallback.
 */

export interface LazyModule<M> {
  /** The module, once loaded. */
  get(): M | undefined;
  /** Loads it (once). */
  load(): Promise<M>;
}

const loaders = new Set<() => Promise<unknown>>();

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const load = () =>
    (pending ??= importer().then(
      (m) => (loaded = m),
      (error: unknown) => {
        pending = undefined; // a failed chunk load (e.g. offline before it was cached) can be retried
        throw error;
      },
    ));
  loaders.add(load);
  return { get: () => loaded, load };
}

/** A resolved thenable that calls back synchronously: React.lazy then renders at once. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then(onFulfilled) {
      return Promise.resolve(onFulfilled ? onFulfilled(value) : (value as never));
    },
  } as PromiseLike<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
type AnyComponent = ComponentType<any>;

export function lazyComponent<M extends Record<K, AnyComponent>, K extends keyof M>(importer: () => Promise<M>, name: K): LazyExoticComponent<M[K]> & { preload: () => Promise<M> } {
  const module = lazyModule(importer);
  const Component = lazy(() => {
    const m = module.get();
    const toDefault = (mod: M) => ({ default: mod[name] });
    return (m ? settled(toDefault(m)) : module.load().then(toDefault)) as Promise<{ default: M[K] }>;
  });
  return Object.assign(Component, { preload: module.load });
}

/** Loads every registered lazy module, also those registered by the modules it loads. */
export async function preloadLazy(): Promise<void> {
  let done = 0;
  while (done < loaders.size) {
    const batch = [...loaders];
    done = batch.length;
    await Promise.all(batch.map((load) => load()));
  }
}
