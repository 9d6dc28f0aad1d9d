import { load } from 'js-yaml';

/**
 * The only network requests the app can make, and only when the user clicks
 * "Fetch from the chart repository": the repository's index.yaml, then the
 * archive it lists for the version.
 */
export const CHART_REPOSITORY = 'https://charts.polyaxon.com';

interface IndexEntry {
  version?: unknown;
  urls?: unknown;
}

export async function fetchChartArchive(version: string, repository = CHART_REPOSITORY): Promise<{ bytes: Uint8Array; url: string }> {
  const indexUrl = `${repository}/index.yaml`;
  let index: unknown;
  try {
    const response = await fetch(indexUrl, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    index = load(await response.text(), { json: true });
  } catch (e) {
    throw new Error(`Could not read ${indexUrl} (${e instanceof Error ? e.message : String(e)}). The browser may block it; use helm pull instead.`, { cause: e });
  }
  const entries = (index as { entries?: Record<string, IndexEntry[]> } | undefined)?.entries?.agent ?? [];
  const entry = entries.find((e) => e.version === version);
  const first = Array.isArray(entry?.urls) ? (entry.urls[0] as unknown) : undefined;
  if (typeof first !== 'string') throw new Error(`The chart repository lists no agent chart ${version}.`);
  const url = new URL(first, `${repository}/`).href;
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`Could not download ${url}: HTTP ${response.status}.`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), url };
}
