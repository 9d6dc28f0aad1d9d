/** The Polyaxon Agent Helm reference page; section anchors are appended to it. */
export const REFERENCE_URL = 'https://polyaxon.com/docs/setup/agent/reference/';

/** The reference page URL for a section anchor such as `ingress-and-gateway-service`. */
export function docsUrl(anchor: string): string {
  const a = anchor.replace(/^#/, '').trim();
  return a === '' ? REFERENCE_URL : `${REFERENCE_URL}#${encodeURIComponent(a)}`;
}
