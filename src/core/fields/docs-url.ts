/** The chart's reference page; a key's docs anchor is appended after `#`. */
export const REFERENCE_URL = 'https://polyaxon.com/docs/setup/agent/reference/';

/** The reference page URL of a section anchor (the page itself when the anchor is empty). */
export function referenceUrl(anchor: string): string {
  return anchor ? `${REFERENCE_URL}#${anchor}` : REFERENCE_URL;
}
