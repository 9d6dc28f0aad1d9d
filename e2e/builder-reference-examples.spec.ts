import { expect, test, type Page } from '@playwright/test';
import {
  addListRow,
  clearField,
  commandCopyButton,
  commandPre,
  commandText,
  copyWith,
  fieldDescription,
  downloadButton,
  downloadWith,
  expandSection,
  expectPreviewToMatch,
  expectPreviewValue,
  field,
  fieldFrame,
  hasPath,
  headerBefore,
  helmRegion,
  openApp,
  parseYaml,
  previewRegion,
  previewText,
  previewValues,
  problemsIndicator,
  revealSecret,
  setField,
  showFullMergedValues,
  valueAt,
} from './helpers';

/**
 * Journeys that reproduce every YAML example of the Helm reference page
 * (../shared/spec/helm-reference.md) by typing and clicking, and check the live
 * preview holds those values in the chart's spelling (agent-chart-spec.md §B).
 */

const CHART_VERSION = '2.15.1';

test.describe.configure({ mode: 'parallel' });

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

/** Polls until the preview text satisfies `check` and returns it. */
async function expectPreviewText(page: Page, check: (text: string) => boolean, message: string): Promise<string> {
  await expect.poll(async () => check(await previewText(page)), { message }).toBe(true);
  return previewText(page);
}

/** Adds a TLS entry (its first host row comes with it) and fills the secret and the host. */
async function addTlsEntry(page: Page, secretName: string, host: string): Promise<void> {
  await addListRow(page, 'ingress.tls', 'ingress.tls.0.secretName');
  await setField(page, 'ingress.tls.0.secretName', secretName);
  await expect(field(page, 'ingress.tls.0.hosts.0')).toBeAttached();
  await setField(page, 'ingress.tls.0.hosts.0', host);
}

test.describe('reference examples', () => {
  test('ingress with TLS: enabled, hostName and a TLS secret with its host', async ({ page }) => {
    await expandSection(page, 'Ingress & gateway service');
    await setField(page, 'ingress.enabled', true);
    await setField(page, 'ingress.hostName', 'polyaxon.acme.com');
    await addTlsEntry(page, 'polyaxon.acme-tls', 'polyaxon.acme.com');

    await expectPreviewToMatch(page, {
      ingress: { enabled: true, hostName: 'polyaxon.acme.com', tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }] },
    });
    const values = await previewValues(page);
    expect(valueAt(values, 'ingress.tls')).toEqual([{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }]);
  });

  test('a TLS entry can hold more than one host', async ({ page }) => {
    await expandSection(page, 'Ingress & gateway service');
    await addTlsEntry(page, 'polyaxon.acme-tls', 'polyaxon.acme.com');
    await fieldFrame(page, 'ingress.tls')
      .getByRole('group', { name: 'TLS entry 1' })
      .getByRole('button', { name: /^Add host/ })
      .click();
    await setField(page, 'ingress.tls.0.hosts.1', 'api.acme.com');
    await expectPreviewValue(page, 'ingress.tls', [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com', 'api.acme.com'] }]);
  });

  test('NGINX ingress with a ClusterIP gateway service', async ({ page }) => {
    await expandSection(page, 'Ingress & gateway service');
    // The user first picks NodePort, then settles on ClusterIP (the chart default).
    await setField(page, 'gateway.service.type', 'NodePort');
    await expectPreviewValue(page, 'gateway.service.type', 'NodePort');
    await setField(page, 'gateway.service.type', 'ClusterIP');
    await setField(page, 'ingress.enabled', true);
    await setField(page, 'ingress.hostName', 'polyaxon.acme.com');
    await addTlsEntry(page, 'polyaxon.acme-tls', 'polyaxon.acme.com');

    const ingress = { enabled: true, hostName: 'polyaxon.acme.com', tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }] };
    await expectPreviewToMatch(page, { ingress });
    // ClusterIP is the chart's default: only-changed output leaves it out, Helm still renders it.
    expect(hasPath(await previewValues(page), 'gateway.service.type')).toBe(false);
    await showFullMergedValues(page, true);
    await expectPreviewToMatch(page, { gateway: { service: { type: 'ClusterIP' } }, ingress });
  });

  test('SSL: enabled with the secret polyaxon-cert', async ({ page }) => {
    await expandSection(page, 'SSL');
    await setField(page, 'ssl.enabled', true);
    await setField(page, 'ssl.secretName', 'polyaxon-cert');
    await expectPreviewToMatch(page, { ssl: { enabled: true, secretName: 'polyaxon-cert' } });
  });

  const dnsExamples: { name: string; path: string; value: string }[] = [
    { name: 'backend coredns', path: 'dns.backend', value: 'coredns' },
    { name: 'prefix kube-dns.other-kube-system', path: 'dns.prefix', value: 'kube-dns.other-kube-system' },
    { name: 'customCluster custom.cluster.name', path: 'dns.customCluster', value: 'custom.cluster.name' },
  ];
  for (const example of dnsExamples) {
    test(`DNS: ${example.name}`, async ({ page }) => {
      await expandSection(page, 'DNS');
      await setField(page, example.path, example.value);
      await expectPreviewValue(page, example.path, example.value);
      // Only the key the user changed is written under dns.
      expect(Object.keys((valueAt(await previewValues(page), 'dns') as object) ?? {})).toEqual([example.path.split('.')[1]]);
    });
  }

  test('security context: enabled', async ({ page }) => {
    await expandSection(page, 'Security context');
    await setField(page, 'securityContext.enabled', true);
    await expectPreviewToMatch(page, { securityContext: { enabled: true } });
  });

  test('security context: custom UID/GID 1111 comes out as runAsUser/runAsGroup numbers', async ({ page }) => {
    await expandSection(page, 'Security context');
    await setField(page, 'securityContext.enabled', true);
    await setField(page, 'securityContext.runAsUser', 1111);
    await setField(page, 'securityContext.runAsGroup', 1111);
    await expectPreviewToMatch(page, { securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 } });
    const securityContext = valueAt(await previewValues(page), 'securityContext') as Record<string, unknown>;
    expect(securityContext).not.toHaveProperty('user');
    expect(securityContext).not.toHaveProperty('group');
    expect(typeof securityContext.runAsUser).toBe('number');
    expect(typeof securityContext.runAsGroup).toBe('number');
  });

  test('default affinity: not in the only-changed output, present in the full merged view', async ({ page }) => {
    await expandSection(page, 'Node scheduling');
    expect(hasPath(await previewValues(page), 'affinity')).toBe(false);
    await showFullMergedValues(page, true);
    await expectPreviewToMatch(page, {
      affinity: {
        podAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: { matchExpressions: [{ key: 'type', operator: 'In', values: ['polyaxon-core'] }] },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    });
    await showFullMergedValues(page, false);
    await expect.poll(async () => hasPath(await previewValues(page), 'affinity')).toBe(false);
  });

  test('control plane: externalServices.api host and port (the port stays a number)', async ({ page }) => {
    await expandSection(page, 'Control plane');
    await setField(page, 'externalServices.api.host', 'cloud.polyaxon.com');
    await setField(page, 'externalServices.api.port', 443);
    await expectPreviewToMatch(page, { externalServices: { api: { host: 'cloud.polyaxon.com', port: 443 } } });
    expect(await previewText(page)).toMatch(/^\s+port: 443$/m);
  });

  test('agent: instance and token', async ({ page }) => {
    await expandSection(page, 'Agent');
    await setField(page, 'agent.instance', 'acme.agents.UUID');
    await setField(page, 'agent.token', 'TOKEN_VALUE');
    // The token is masked in the preview until revealed.
    await expectPreviewToMatch(page, { agent: { instance: 'acme.agents.UUID', token: '••••••••' } });
    await revealSecret(page, 'agent.token');
    await expectPreviewToMatch(page, { agent: { instance: 'acme.agents.UUID', token: 'TOKEN_VALUE' } });
  });

  test('time zone is written as timezone, never timeZone', async ({ page }) => {
    await expandSection(page, 'Time zone');
    await setField(page, 'timezone', 'Europe/Berlin');
    await expectPreviewValue(page, 'timezone', 'Europe/Berlin');
    const text = await previewText(page);
    expect(text).toMatch(/^timezone: /m);
    expect(text).not.toContain('timeZone');
    await showFullMergedValues(page, true);
    await expectPreviewValue(page, 'timezone', 'Europe/Berlin');
    expect(await previewText(page)).not.toContain('timeZone');
  });
});

test.describe('output', () => {
  test('the downloaded file is a comment header naming the chart version and the app, then the preview text', async ({ page }) => {
    await expandSection(page, 'Ingress & gateway service');
    await setField(page, 'ingress.enabled', true);
    await setField(page, 'ingress.hostName', 'polyaxon.acme.com');
    await expectPreviewValue(page, 'ingress.hostName', 'polyaxon.acme.com');
    const preview = await previewText(page);

    const file = await downloadWith(page, downloadButton(page));
    expect(file.name).toBe('values.yaml');
    const header = headerBefore(file.text, preview);
    expect(header, `the file ends with the preview text\n--- file ---\n${file.text}\n--- preview ---\n${preview}`).toBeDefined();
    const headerLines = (header ?? '').split('\n').filter((l) => l !== '');
    expect(headerLines.length).toBeGreaterThan(0);
    for (const line of headerLines) expect(line).toMatch(/^#/);
    expect(header).toContain(CHART_VERSION);
    expect(header).toMatch(/values builder/i);
    expect(parseYaml(file.text)).toEqual(parseYaml(preview));
  });

  test('the copied helm command equals the shown one and follows the release name and namespace', async ({ page }) => {
    const install = 'helm upgrade --install';
    await expect(helmRegion(page)).toBeVisible();
    const shown = await commandText(page, install);
    expect(shown).toContain(`helm upgrade --install polyaxon polyaxon/agent --namespace polyaxon --create-namespace --version ${CHART_VERSION} -f values.yaml`);
    expect(await copyWith(page, commandCopyButton(page, install))).toBe(shown);

    // A new release name: the panel links to the one Release name field, in the form.
    await helmRegion(page).getByRole('button', { name: 'change release' }).click();
    await expect(field(page, 'releaseName')).toBeFocused();
    await setField(page, 'releaseName', 'agent-prod');
    await expect.poll(() => commandText(page, install)).toContain(`helm upgrade --install agent-prod polyaxon/agent --namespace polyaxon --create-namespace --version ${CHART_VERSION} -f values.yaml`);

    // A new namespace, typed in the form.
    await expandSection(page, 'Namespace');
    await setField(page, 'namespace', 'ml-agents');
    await expect
      .poll(() => commandText(page, install))
      .toContain(`helm upgrade --install agent-prod polyaxon/agent --namespace ml-agents --create-namespace --version ${CHART_VERSION} -f values.yaml`);
    const updated = await commandText(page, install);
    expect(await copyWith(page, commandCopyButton(page, install))).toBe(updated);
  });

  test('the command variants carry the same values: heredoc body is the preview, --set flags, CLI deploy', async ({ page }) => {
    await expandSection(page, 'Ingress & gateway service');
    await setField(page, 'ingress.hostName', 'polyaxon.acme.com');
    await expandSection(page, 'Time zone');
    await setField(page, 'timezone', 'Europe/Berlin');
    await expectPreviewToMatch(page, { ingress: { hostName: 'polyaxon.acme.com' }, timezone: 'Europe/Berlin' });
    const preview = await previewText(page);
    const variant = (name: string) => helmRegion(page).getByRole('group', { name: 'Command variant' }).getByRole('button', { name, exact: true });
    const install = 'helm upgrade --install';

    await variant('Self-contained (heredoc)').click();
    await expect(variant('Self-contained (heredoc)')).toHaveAttribute('aria-pressed', 'true');
    const heredoc = await commandText(page, install);
    const body = /<<'?(\w+)'?\n([\s\S]*)\n\1\s*$/.exec(heredoc);
    expect(body, heredoc).not.toBeNull();
    expect(`${body?.[2]}\n`).toBe(preview);
    expect(await copyWith(page, commandCopyButton(page, install))).toBe(heredoc);

    await variant('--set flags').click();
    await expect.poll(() => commandText(page, install)).toContain('--set ingress.hostName=polyaxon.acme.com');
    expect(await commandText(page, install)).toMatch(/--set(-string)? timezone=Europe\/Berlin/);
    expect(await commandText(page, install)).not.toContain('timeZone');

    await variant('Polyaxon CLI').click();
    await expect(commandPre(page, 'polyaxon admin deploy')).toContainText('polyaxon admin deploy -f values.yaml');

    await variant('-f values.yaml').click();
    await expect.poll(() => commandText(page, install)).toContain(`--version ${CHART_VERSION} -f values.yaml`);
  });

  test('Copy values.yaml puts the downloadable file (header + preview) on the clipboard', async ({ page }) => {
    await expandSection(page, 'Agent');
    await setField(page, 'agent.instance', 'acme.agents.UUID');
    await expectPreviewValue(page, 'agent.instance', 'acme.agents.UUID');
    const preview = await previewText(page);
    const copied = await copyWith(page, page.getByRole('button', { name: /^Copy values\.yaml/ }));
    // The copy is the downloadable file: the comment header, then the preview byte for byte.
    const header = headerBefore(copied, preview);
    expect(header, `the copied text ends with the preview text\n--- copied ---\n${copied}`).toBeDefined();
    for (const line of (header ?? '').split('\n').filter((l) => l !== '')) expect(line).toMatch(/^#/);
    const file = await downloadWith(page, downloadButton(page));
    expect(copied).toBe(file.text);
  });

  test('emptying the default affinity writes affinity: null', async ({ page }) => {
    await expandSection(page, 'Node scheduling');
    await clearField(page, 'affinity');
    const text = await expectPreviewText(page, (t) => /^affinity: null$/m.test(t), 'preview has affinity: null');
    const values = parseYaml(text);
    expect(hasPath(values, 'affinity')).toBe(true);
    expect(values.affinity).toBeNull();
  });

  test('YAML 1.1 words come out quoted (nodeSelector yes, annotation "600")', async ({ page }) => {
    await expandSection(page, 'Node scheduling');
    await addListRow(page, 'nodeSelector', 'nodeSelector.0.key');
    await setField(page, 'nodeSelector.0.key', 'gpu');
    await setField(page, 'nodeSelector.0.value', 'yes');
    await expandSection(page, 'Ingress & gateway service');
    await addListRow(page, 'ingress.annotations', 'ingress.annotations.0.key');
    await setField(page, 'ingress.annotations.0.key', 'ingress.kubernetes.io/proxy-read-timeout');
    await setField(page, 'ingress.annotations.0.value', '600');

    // Parsed as YAML 1.1 (how Helm reads it) both stay strings.
    await expectPreviewToMatch(page, {
      nodeSelector: { gpu: 'yes' },
      ingress: { annotations: { 'ingress.kubernetes.io/proxy-read-timeout': '600' } },
    });
    const text = await previewText(page);
    expect(text).toMatch(/gpu: (["'])yes\1/);
    expect(text).toMatch(/ingress\.kubernetes\.io\/proxy-read-timeout: (["'])600\1/);
  });
});

test.describe('validation', () => {
  test('an invalid namespace shows an inline error and the header count; download still works and says problems remain', async ({ page }) => {
    // A fresh form misses the agent's instance and token: fill them (a real-looking UUID, not the
    // docs' placeholder, which the builder flags) so the count starts at zero.
    await expandSection(page, 'Agent');
    await setField(page, 'agent.instance', 'acme.agents.0f2b9c4e-6d1a-4b7e-9c3f-2a5d8e1b7c40');
    await setField(page, 'agent.token', 'TOKEN_VALUE');
    await expect(problemsIndicator(page)).toHaveText(/no problems/i);
    await expect(previewRegion(page)).not.toContainText(/problems? remain/i);

    await expandSection(page, 'Namespace');
    await setField(page, 'namespace', 'Bad_NS');
    await expect(field(page, 'namespace')).toHaveAttribute('aria-invalid', 'true');
    await expect(fieldFrame(page, 'namespace')).toContainText(/lower-case/i);
    expect(await fieldDescription(page, 'namespace')).toMatch(/lower-case/i);
    await expect(problemsIndicator(page)).toHaveText(/^\s*1 problem\b/);

    const file = await downloadWith(page, downloadButton(page));
    expect(parseYaml(file.text)).toMatchObject({ namespace: 'Bad_NS' });
    await expect(previewRegion(page)).toContainText('1 problem remains');

    // Fixing it clears the error and the count.
    await setField(page, 'namespace', 'ml-agents');
    await expect(field(page, 'namespace')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(problemsIndicator(page)).toHaveText(/no problems/i);
  });
});

test.describe('doc tooltips', () => {
  test('open with the keyboard: description, default and a reference link', async ({ page }) => {
    await expandSection(page, 'Ingress & gateway service');
    const input = field(page, 'ingress.hostName');
    await input.focus();
    // The info button is no tab stop: Alt+I in the field opens it.
    await page.keyboard.press('Alt+KeyI');
    const popover = page.getByRole('dialog', { name: 'About Host name' });
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('Kubernetes ingress hostName');
    await expect(popover).toContainText(/Default/);
    const link = popover.getByRole('link', { name: /reference/i });
    await expect(link).toHaveAttribute('href', /polyaxon\.com\/docs\/setup\/agent.*reference.*#ingress-and-gateway-service/);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });

  test('the time zone tooltip says the chart reads timezone', async ({ page }) => {
    await expandSection(page, 'Time zone');
    await field(page, 'timezone').focus();
    await page.keyboard.press('Alt+KeyI');
    const popover = page.getByRole('dialog', { name: /^About time zone$/i });
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('timezone');
    await expect(popover).toContainText('timeZone');
    await expect(popover).toContainText(/UTC/);
    await expect(popover.getByRole('link', { name: /reference/i })).toHaveAttribute('href', /#time-zone$/);
  });
});
