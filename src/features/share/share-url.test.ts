import { describe, expect, test } from 'vitest';
import { decodeShareState } from '../../core/share/codec';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { pageAddress, shareUrl } from './share-url';

const form = (edits: Record<string, unknown>) => ({ ...chartDefaults(LATEST_CHART_VERSION), ...edits });

describe('pageAddress', () => {
  test('keeps the page and its own query, drops the fragment and the embed parameters', () => {
    expect(pageAddress({ origin: 'https://builder.example.com', pathname: '/values/', search: '' })).toBe('https://builder.example.com/values/');
    expect(pageAddress({ origin: 'https://b.example.com', pathname: '/', search: '?embed&sections=ingress&origin=https://d.example.com&allow=x&version=2.8.0&lang=en' })).toBe(
      'https://b.example.com/?lang=en',
    );
  });
});

describe('shareUrl', () => {
  test('puts only the changed values in the fragment, leaves secrets out and lists them', async () => {
    const values = form({ ingress: { enabled: true, hostName: 'polyaxon.acme.com' }, agent: { token: 's3cret-token', instance: 'acme.agents.1' } });
    const { url, leftOut } = await shareUrl('https://b.example.com/', values, LATEST_CHART_VERSION, false);
    expect(url.startsWith('https://b.example.com/#s=')).toBe(true);
    expect(url).not.toContain('s3cret-token');
    expect(leftOut.map((l) => l.id)).toEqual(['agent.token']);
    const decoded = await decodeShareState(url.slice(url.indexOf('#')));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.version).toBe(LATEST_CHART_VERSION);
    expect(decoded.changed).toMatchObject({ ingress: { enabled: true, hostName: 'polyaxon.acme.com' }, agent: { instance: 'acme.agents.1' } });
    expect(JSON.stringify(decoded.changed)).not.toContain('s3cret-token');
    expect(decoded.leftOut.map((l) => l.id)).toEqual(['agent.token']);
  });

  test('with the opt-in the secrets travel in the link and nothing is left out', async () => {
    const values = form({ agent: { token: 's3cret-token' } });
    const { url, leftOut } = await shareUrl('https://b.example.com/', values, LATEST_CHART_VERSION, true);
    expect(leftOut).toEqual([]);
    const decoded = await decodeShareState(url.slice(url.indexOf('#')));
    expect(decoded.ok && decoded.changed).toMatchObject({ agent: { token: 's3cret-token' } });
  });

  test('keeps the chart release of the form', async () => {
    const { url } = await shareUrl('https://b.example.com/', chartDefaults('2.8.0'), '2.8.0', false);
    const decoded = await decodeShareState(url.slice(url.indexOf('#')));
    expect(decoded.ok && decoded.version).toBe('2.8.0');
    expect(decoded.ok && decoded.changed).toEqual({});
  });
});
