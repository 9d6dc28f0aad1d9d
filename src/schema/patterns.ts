/** Kubernetes syntax rules shared by the schema and the validation core. */

/** RFC 1123 label: namespaces, release names, most object names. */
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** RFC 1123 subdomain: secret names, PVC names, host names. */
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Kubernetes resource quantity (k8s.io/apimachinery resource.Quantity). */
export const K8S_QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$/;

/** Label or annotation key: optional DNS subdomain prefix and a name of at most 63 characters. */
export const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * IANA service name (a named port): lower-case letters, digits and "-", not at either end.
 * Also at most 15 characters with at least one letter (checked separately: no lookaheads,
 * so the pattern stays valid for Go's RE2 in values.schema.json).
 */
export const IANA_SVC_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A host name with an optional port, no scheme or path (e.g. `cloud.polyaxon.com`). */
export const HOST_NAME = /^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*$/;
