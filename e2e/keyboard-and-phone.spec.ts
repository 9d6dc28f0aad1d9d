import { expect, test, type Page } from '@playwright/test';
import { expandAllSections, expectFocused, expectPreviewValue, field, fieldFrame, openApp, previewRegion, setField, tabTo } from './helpers';

test.describe.configure({ mode: 'parallel' });

test('ingress with TLS, completed with the keyboard only', async ({ page }) => {
  await openApp(page);
  await page.locator('body').focus();

  await tabTo(page, field(page, 'ingress.enabled'));
  await page.keyboard.press('Space');
  await expectPreviewValue(page, 'ingress.enabled', true);

  await tabTo(page, field(page, 'ingress.hostName'));
  await page.keyboard.type('polyaxon.acme.com');
  await expectPreviewValue(page, 'ingress.hostName', 'polyaxon.acme.com');

  // Adding a TLS entry moves the focus into the new row.
  const addTls = fieldFrame(page, 'ingress.tls').getByRole('button', { name: 'Add TLS entry' });
  await tabTo(page, addTls);
  await page.keyboard.press('Enter');
  await expectFocused(field(page, 'ingress.tls.0.secretName'));
  await page.keyboard.type('polyaxon-tls');
  await tabTo(page, field(page, 'ingress.tls.0.hosts.0'), { maxPresses: 5 });
  await page.keyboard.type('polyaxon.acme.com');
  await expectPreviewValue(page, 'ingress.tls', [{ secretName: 'polyaxon-tls', hosts: ['polyaxon.acme.com'] }]);

  // A second host: its input gets the focus too.
  await tabTo(page, fieldFrame(page, 'ingress.tls').getByRole('button', { name: 'Add host' }), { maxPresses: 5 });
  await page.keyboard.press('Enter');
  await expectFocused(field(page, 'ingress.tls.0.hosts.1'));
  await page.keyboard.type('www.acme.com');
  await expectPreviewValue(page, 'ingress.tls', [{ secretName: 'polyaxon-tls', hosts: ['polyaxon.acme.com', 'www.acme.com'] }]);

  // The preview's scroll region is a named tab stop.
  const code = previewRegion(page).getByRole('region', { name: /scrollable/ });
  await tabTo(page, code);
  await expect(code).toBeFocused();
});

test('the switch focus ring is visible and not clipped', async ({ page }) => {
  await openApp(page);
  await page.locator('body').focus();
  await tabTo(page, field(page, 'ingress.enabled'));
  // The ring is drawn on the switch's root (which does not clip), not on the thumb inside its overflow:hidden box.
  const ring = await field(page, 'ingress.enabled').evaluate((input) => {
    const root = input.closest('.vb-switch') as HTMLElement;
    const style = getComputedStyle(root);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, overflow: getComputedStyle(root).overflow };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
});

/** The page and the form never scroll sideways; every form control fits in the viewport width. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [
      ...document.querySelectorAll<HTMLElement>(
        '[role="form"][aria-label="Chart values"] input, [role="form"][aria-label="Chart values"] select, [role="form"][aria-label="Chart values"] button, [role="form"][aria-label="Chart values"] label',
      ),
    ]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => el.getAttribute('name') ?? el.textContent?.slice(0, 30) ?? el.tagName);
    return { page: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
  });
  expect(overflow.page, 'page wider than the viewport').toBeLessThanOrEqual(0);
  expect(overflow.wide, 'form controls past the right edge').toEqual([]);
}

for (const [label, viewport] of [
  ['a 390×844 phone', { width: 390, height: 844 }],
  ['200 % zoom of a 1440×900 screen', { width: 720, height: 450 }],
] as const) {
  test(`usable on ${label}: no sideways scrolling, the preview reachable`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await openApp(page);
    await expectNoHorizontalScroll(page);
    // The skip link (among the first tab stops) takes a keyboard user to the preview below (or beside) the form.
    await tabTo(page, page.getByRole('link', { name: 'Skip to values.yaml' }), { maxPresses: 10 });
    await page.keyboard.press('Enter');
    await expect(previewRegion(page).locator('pre')).toBeInViewport();
    await setField(page, 'namespace', 'phone-ns');
    await expectPreviewValue(page, 'namespace', 'phone-ns');
    await expandAllSections(page);
    await expectNoHorizontalScroll(page);
  });
}
