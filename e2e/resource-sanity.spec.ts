import { expect, test } from '@playwright/test';
import { expandSection, fieldDescription, field, openApp, problemsCount, setField } from './helpers';

/** Issue 9 point 9: a CPU or memory request above its limit is flagged, for every component with resources. */
test.describe('resource sanity', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page);
  });

  test('an agent CPU request above its limit is flagged at the request, and the flag goes when fixed', async ({ page }) => {
    await expandSection(page, 'Images & resources');
    const before = await problemsCount(page);
    await setField(page, 'agent.resources.limits.cpu', '1000m');
    await setField(page, 'agent.resources.requests.cpu', '1.5');
    await expect(field(page, 'agent.resources.requests.cpu')).toHaveAttribute('aria-invalid', 'true');
    expect(await fieldDescription(page, 'agent.resources.requests.cpu')).toContain('is above its limit (1000m');
    await expect.poll(() => problemsCount(page)).toBe(before + 1);
    await setField(page, 'agent.resources.requests.cpu', '1');
    await expect(field(page, 'agent.resources.requests.cpu')).not.toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => problemsCount(page)).toBe(before);
  });

  test('memory in mixed units (2Gi over 2G), on the gateway and on a runtime container', async ({ page }) => {
    await expandSection(page, 'Images & resources');
    await setField(page, 'gateway.resources.limits.memory', '2G');
    await setField(page, 'gateway.resources.requests.memory', '2Gi');
    expect(await fieldDescription(page, 'gateway.resources.requests.memory')).toContain('Gateway memory request (2Gi) is above its limit (2G');
    await expandSection(page, 'Runtime containers');
    await setField(page, 'sidecar.resources.requests.cpu', '2e3');
    expect(await fieldDescription(page, 'sidecar.resources.requests.cpu')).toContain('is above its limit (1000m');
  });
});
