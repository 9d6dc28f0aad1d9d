import { expect, test, type Page } from '@playwright/test';
import { addListRow, expandSection, expectPreviewValue, field, fieldFrame, openApp, setField } from './helpers';

/** Issues 9.10, 9.7 and 11.4: list rows keep their identity, pick-lists, schema-driven sub-forms. */

test.describe.configure({ mode: 'parallel' });

const row = (page: Page, n: number) => fieldFrame(page, 'connections').getByRole('group', { name: `connection ${n}`, exact: true });

async function addConnection(page: Page, index: number, name: string, kind: string) {
  await addListRow(page, 'connections', `connections.${index}.name`);
  await setField(page, `connections.${index}.name`, name);
  await setField(page, `connections.${index}.kind`, kind);
}

test('removing connection 1 of 3 leaves connection 2 its open sub-form and typed text; connection 3 inherits nothing; undo keeps them', async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Connections');
  await addConnection(page, 0, 'one', 'slack');
  await addConnection(page, 1, 'two', 'slack');
  await addConnection(page, 2, 'three', 'slack');

  // Connection 2: its Secret reference opened (still empty), unfinished YAML typed in its schema.
  await row(page, 2).getByRole('button', { name: 'Secret reference' }).click();
  await expect(field(page, 'connections.1.secret.name')).toBeVisible();
  await field(page, 'connections.1.schema').fill('url: [unfinished');
  await field(page, 'connections.1.schema').blur();
  await expect(row(page, 2)).toContainText('The last valid value is kept');

  await fieldFrame(page, 'connections').getByRole('button', { name: 'Remove connection 1' }).click();
  await expect(field(page, 'connections.0.name')).toHaveValue('two');
  await expect(field(page, 'connections.0.secret.name')).toBeVisible();
  await expect(field(page, 'connections.0.schema')).toHaveValue('url: [unfinished');
  await expect(field(page, 'connections.1.name')).toHaveValue('three');
  await expect(field(page, 'connections.1.secret.name')).toHaveCount(0);
  await expect(row(page, 2).getByRole('button', { name: 'Secret reference' })).toBeVisible();
  await expect(field(page, 'connections.1.schema')).toHaveValue('');

  // Undo brings connection 1 back on top: "two" keeps its state at its new position.
  await page.getByTestId('history-undo').click();
  await expect(field(page, 'connections.0.name')).toHaveValue('one');
  await expect(field(page, 'connections.1.name')).toHaveValue('two');
  await expect(field(page, 'connections.1.secret.name')).toBeVisible();
  await expect(field(page, 'connections.1.schema')).toHaveValue('url: [unfinished');
  await expect(field(page, 'connections.0.secret.name')).toHaveCount(0);
  await expect(field(page, 'connections.2.secret.name')).toHaveCount(0);
});

test("a connection's fields come from its kind; a new connection's name is empty with an example placeholder", async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Connections');
  await addListRow(page, 'connections', 'connections.0.name');
  await expect(field(page, 'connections.0.name')).toHaveValue('');
  await expect(field(page, 'connections.0.name')).toHaveAttribute('placeholder', /^e\.g\. /);
  await setField(page, 'connections.0.name', 'data');
  await setField(page, 'connections.0.kind', 'host_path');
  for (const key of ['hostPath', 'mountPath', 'subPath', 'readOnly']) await expect(field(page, `connections.0.schema.${key}`)).toBeAttached();
  await setField(page, 'connections.0.schema.hostPath', '/mnt/data');
  await setField(page, 'connections.0.kind', 's3');
  await expect(field(page, 'connections.0.schema.hostPath')).toHaveCount(0);
  await setField(page, 'connections.0.schema.bucket', 's3://data');
  await expectPreviewValue(page, 'connections', [{ name: 'data', kind: 's3', schema: { bucket: 's3://data' } }]);
  // Every sub-field has the same info button as a top-level field.
  await row(page, 1).getByRole('button', { name: 'About Bucket' }).click();
  await expect(page.getByRole('dialog', { name: 'About Bucket' })).toContainText('connections.0.schema.bucket');
});

test('mountConnections picks from the defined connections and still takes another name, with a warning', async ({ page }) => {
  await openApp(page);
  await expandSection(page, 'Connections');
  await addConnection(page, 0, 'datasets', 'git');
  await addConnection(page, 1, 'models', 'git');
  const mounts = fieldFrame(page, 'mountConnections');
  const picks = mounts.getByRole('group', { name: 'Defined connections' });
  await expect(picks.getByRole('button')).toHaveText(['datasets', 'models']);
  await picks.getByRole('button', { name: 'models' }).click();
  await expect(picks.getByRole('button', { name: 'models' })).toHaveAttribute('aria-pressed', 'true');
  await expectPreviewValue(page, 'mountConnections', ['models']);
  // Each input offers the names too, and takes a name not defined (yet).
  await expect(field(page, 'mountConnections.0')).toHaveAttribute('list', /.+/);
  await addListRow(page, 'mountConnections', 'mountConnections.1');
  await setField(page, 'mountConnections.1', 'later');
  await expectPreviewValue(page, 'mountConnections', ['models', 'later']);
  await expect(mounts).toContainText('Mount connections lists "later", but no connection has that name');
  await picks.getByRole('button', { name: 'models' }).click();
  await expectPreviewValue(page, 'mountConnections', ['later']);
});

test('TLS hosts offer the ingress host name', async ({ page }) => {
  await openApp(page);
  await setField(page, 'ingress.enabled', true);
  await setField(page, 'ingress.hostName', 'polyaxon.acme.com');
  await addListRow(page, 'ingress.tls', 'ingress.tls.0.hosts.0');
  const host = field(page, 'ingress.tls.0.hosts.0');
  const listId = await host.getAttribute('list');
  expect(listId).toBeTruthy();
  await expect(page.locator(`datalist[id="${listId}"] option`)).toHaveAttribute('value', 'polyaxon.acme.com');
  await expect(host).toHaveValue('');
});
