import { load } from 'js-yaml';
import { sha256Hex } from './chart-store';

/**
 * The only network requests the app can make, and only when the user clicks
 * "Fetch from the chart repository": the repository's index.yaml, then the
 * archive it lists for the version (checked against the digest the index lists).
 */
export const CHART_REPOSITORY = 'https://charts.polyaxon.com';

interface IndexEntry {
  version?: unknown;
  urls?: unknown;
  digest?: unknown;
}

const BLOCKED_HINT = 'The browser may block it; use helm pull instead.';

async function get(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw new Error(`Could not read ${url} (${e instanceof Error ? e.message : String(e)}). ${BLOCKED_HINT}`, { cause: e });
  }
  if (!response.ok) throw new Error(`Could not read ${url} (HTTP ${response.status}). ${BLOCKED_HINT}`);
  return response;
}

export async function fetchChartArchive(version: string, repository = CHART_REPOSITORY): Promise<{ bytes: Uint8Array; url: string }> {
  const indexUrl = `${repository}/index.yaml`;
  const indexText = await (await get(indexUrl)).text();
  let index: unknown;
  try {
    index = load(indexText, { json: true });
  } catch {
    throw new Error(`${indexUrl} is not a Helm repository index (not YAML).`);
  }
  const entries = (index as { entries?: Record<string, IndexEntry[]> } | undefined)?.entries?.agent;
  const entry = Array.isArray(entries) ? entries.find((e) => e.version === version) : undefined;
  const first = Array.isArray(entry?.urls) ? (entry.urls[0] as unknown) : undefined;
  if (typeof first !== 'string') throw new Error(`The chart repository lists no agent chart ${version}.`);
  const url = new URL(first, `${repository}/`).href;
  const bytes = new Uint8Array(await (await get(url)).arrayBuffer());
  if (typeof entry?.digest === 'string' && entry.digest !== '') {
    const actual = await sha256Hex(bytes);
    if (actual !== entry.digest.toLowerCase()) {
      throw new Error(`${url} does not match the repository index: its SHA-256 is ${actual}, the index lists ${entry.digest}. It was not kept.`);
    }
  }
  return { bytes, url };
}
