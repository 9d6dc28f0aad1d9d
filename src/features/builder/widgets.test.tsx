// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ProblemsBadge } from '../../app/problems-badge';
import { renderInBuilder } from '../../test-utils/render-builder';
import { byName, previewText, sectionById } from '../../test-utils/section-by-id';
import { ValuesPreview } from '../preview/values-preview';
import { Section } from './section';

afterEach(cleanup);

function renderSections(ids: string[], version?: string) {
  return renderInBuilder(
    <>
      <ProblemsBadge />
      {ids.map((id) => (
        <Section key={id} section={sectionById(id)} />
      ))}
      <ValuesPreview />
    </>,
    version ? { version } : {},
  );
}

async function change(el: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(el, { target: { value } });
  });
}

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('field widgets', () => {
  test('every input of a section is labelled and named by its values path', () => {
    renderSections(['ingress']);
    const region = screen.getByRole('region', { name: /Ingress & gateway service/ });
    for (const el of region.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select, textarea')) {
      expect(el.name, el.outerHTML).toMatch(/^(ingress|gateway)\./);
      expect(el.labels?.length ?? 0, `label of ${el.name}`).toBeGreaterThan(0);
    }
    expect(byName('ingress.hostName').id).toBe(screen.getByLabelText('Host name').id);
  });

  test('number inputs store numbers; empty is unset', async () => {
    renderSections(['security-context']);
    const user = byName('securityContext.runAsUser');
    await change(user, '1111');
    await settle();
    expect(previewText()).toMatch(/^ {2}runAsUser: 1111$/m);
    // Emptied: unset, written as null so Helm drops the chart's default 2222.
    await change(user, '');
    await settle();
    expect(previewText()).toMatch(/^ {2}runAsUser: null$/m);
  });

  test('a select offers "unset" when the chart default is unset, and stores the option', async () => {
    renderSections(['ingress']);
    const pathType = byName<HTMLSelectElement>('ingress.pathType');
    const labels = [...pathType.options].map((o) => o.textContent);
    expect(labels[0]).toMatch(/^unset/);
    expect(labels).toContain('Exact');
    await change(pathType, 'Exact');
    await settle();
    expect(previewText()).toContain('pathType: Exact');
    await change(pathType, '');
    await settle();
    expect(previewText()).not.toContain('pathType');
  });

  test('a three-way boolean stores true, false or unset', async () => {
    renderSections(['istio-ui']);
    await act(async () => {
      fireEvent.click(document.getElementById('section-istio-ui-heading')!);
    });
    const select = byName<HTMLSelectElement>('ui.enabled');
    expect([...select.options].map((o) => o.value)).toEqual(['', 'true', 'false']);
    await change(select, 'false');
    await settle();
    expect(previewText()).toContain('ui:\n  enabled: false\n');
    await change(select, '');
    await settle();
    expect(previewText()).not.toContain('enabled');
  });

  test('map keys with dots and slashes stay whole keys', async () => {
    renderSections(['ingress']);
    const field = document.querySelector<HTMLElement>('[data-field="ingress.annotations"]')!;
    await act(async () => {
      fireEvent.click(within(field).getByRole('button', { name: 'Add entry' }));
    });
    await change(byName('ingress.annotations.0.key'), 'nginx.ingress.kubernetes.io/ssl-redirect');
    await change(byName('ingress.annotations.0.value'), 'false');
    await settle();
    expect(previewText()).toContain('  annotations:\n    nginx.ingress.kubernetes.io/ssl-redirect: "false"\n');
  });

  test('list rows are named by path and index', async () => {
    renderSections(['ingress', 'node-scheduling']);
    const tls = document.querySelector<HTMLElement>('[data-field="ingress.tls"]')!;
    await act(async () => {
      fireEvent.click(within(tls).getByRole('button', { name: 'Add TLS entry' }));
    });
    await change(byName('ingress.tls.0.secretName'), 'polyaxon-tls');
    await change(byName('ingress.tls.0.hosts.0'), 'polyaxon.acme.com');
    const tolerations = document.querySelector<HTMLElement>('[data-field="tolerations"]')!;
    await act(async () => {
      fireEvent.click(within(tolerations).getByRole('button', { name: 'Add toleration' }));
    });
    await change(byName('tolerations.0.key'), 'gpu');
    await change(byName<HTMLSelectElement>('tolerations.0.operator'), 'Exists');
    await change(byName<HTMLSelectElement>('tolerations.0.effect'), 'NoSchedule');
    await settle();
    const text = previewText();
    expect(text).toContain('  tls:\n    - secretName: polyaxon-tls\n      hosts:\n        - polyaxon.acme.com\n');
    expect(text).toContain('tolerations:\n  - key: gpu\n    operator: Exists\n    effect: NoSchedule\n');
  });

  test('the YAML editor reports line:column and keeps the last valid value', async () => {
    renderSections(['node-scheduling']);
    const affinity = byName<HTMLTextAreaElement>('affinity');
    await change(affinity, 'podAntiAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution: [');
    await act(async () => {
      fireEvent.blur(affinity);
    });
    await settle();
    expect(screen.getByText(/2:\d+/)).toBeTruthy();
    expect(affinity.getAttribute('aria-invalid')).toBe('true');
    expect(previewText()).not.toContain('podAntiAffinity');
    await change(affinity, 'podAntiAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    - topologyKey: kubernetes.io/hostname\n');
    await act(async () => {
      fireEvent.blur(affinity);
    });
    await settle();
    expect(previewText()).toContain('  podAntiAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      - topologyKey: kubernetes.io/hostname\n');
    expect(affinity.getAttribute('aria-invalid')).toBe('false');
  });

  test('problems show on the field (aria-invalid, text) and in the header count', async () => {
    renderSections(['namespace']);
    const ns = byName('namespace');
    const badge = () => screen.getByTitle('List every problem and note').textContent ?? '';
    const before = badge();
    await change(ns, 'Bad_Namespace');
    await settle();
    expect(ns.getAttribute('aria-invalid')).toBe('true');
    const describedBy = ns.getAttribute('aria-describedby') ?? '';
    const texts = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(texts.join(' ')).toMatch(/lower-case/i);
    const count = (s: string) => Number(/(\d+) problems?/.exec(s)?.[1] ?? 0);
    expect(count(badge())).toBe(count(before) + 1);
  });

  test('the info button is named "About <label>" and links to the reference in a new tab', async () => {
    renderSections(['ingress']);
    const button = screen.getByRole('button', { name: 'About Host name' });
    const input = byName('ingress.hostName');
    const descId = button.getAttribute('aria-describedby')!;
    expect(input.getAttribute('aria-describedby')).toContain(descId);
    expect(document.getElementById(descId)?.textContent).toMatch(/hostName/);
    await act(async () => {
      fireEvent.click(button);
    });
    const dialog = screen.getByRole('dialog', { name: 'About Host name' });
    expect(within(dialog).getByText(/Default:/)).toBeTruthy();
    const link = within(dialog).getByRole('link', { name: /^Reference: / });
    expect(link.getAttribute('href')).toMatch(/#ingress-and-gateway-service$/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  test('fields the chart release lacks are hidden', () => {
    renderSections(['agent'], '2.0.0');
    expect(document.querySelector('[name="agent.additionalNamespaces.0"], [data-field="agent.additionalNamespaces"]')).toBeNull();
    expect(document.querySelector('[data-field="agent.instance"]')).not.toBeNull();
    cleanup();
    renderSections(['agent'], '2.15.1');
    expect(document.querySelector('[data-field="agent.additionalNamespaces"]')).not.toBeNull();
    expect(document.querySelector('[data-field="agent.enableFinalizers"]')).toBeNull();
  });

  test('the secret input hides its value until asked', async () => {
    renderSections(['agent']);
    const token = byName('agent.token');
    expect(token.type).toBe('password');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Show Agent token' }));
    });
    expect(token.type).toBe('text');
  });
});
