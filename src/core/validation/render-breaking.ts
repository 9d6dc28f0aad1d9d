/**
 * Rules whose errors mean "the real chart fails to render these values"
 * (helm template exits non-zero). The real-chart interop test holds them to it
 * both ways: every failed render is predicted by one of them, and none of them
 * fires on values that render.
 */
export const RENDER_BREAKING_RULES: ReadonlySet<string> = new Set([
  'ingress-extra-paths',
  'additional-namespaces-render',
  'default-artifacts-store',
  'notes-strings-set',
  'gateway-port-set',
  'service-account-annotations',
]);
