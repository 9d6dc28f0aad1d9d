import { shareState, type LeftOutSecret } from '../../core/share/codec';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';

/** The address of this page without its fragment and without embed parameters. */
export function pageAddress(location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  const params = new URLSearchParams(location.search);
  for (const key of ['embed', 'sections', 'origin', 'allow', 'version']) params.delete(key);
  const search = params.toString();
  return `${location.origin}${location.pathname}${search ? `?${search}` : ''}`;
}

/** The share link for the form's values: the page address plus `#s=…` (the state never goes in the query string), and what it left out. */
export async function shareUrl(base: string, formValues: Values, version: string, includeSecrets: boolean): Promise<{ url: string; leftOut: LeftOutSecret[] }> {
  const { changed } = computeValues(formValues, version);
  const { fragment, leftOut } = await shareState({ version, changed, includeSecrets });
  return { url: `${base}#${fragment}`, leftOut };
}
