/**
 * The digest of a Suspense boundary the build's prerender (vite-plugins/prerender.ts) left to the client: a part
 * loaded on demand. Hydration renders it on the client and reports it as a recoverable error with this digest;
 * that one is expected, any other is a real mismatch.
 */
export const LEFT_FOR_CLIENT = 'values-builder:loaded-on-demand';

/** Reports a recoverable hydration error, except a boundary the prerender left to the client on purpose. */
export function reportHydrationError(error: unknown): void {
  if (typeof error === 'object' && error !== null && (error as { digest?: unknown }).digest === LEFT_FOR_CLIENT) return;
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}
