/**
 * The Kubernetes version the in-browser render reports as `.Capabilities.KubeVersion`
 * (what `helm template --kube-version` sets). The agent chart reads it once: Ingress
 * `ingressClassName` is written only on Kubernetes >= 1.18. Documented in the Manifests view.
 */
export const KUBE_VERSION = 'v1.33.0';
