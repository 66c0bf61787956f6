import { startStaticServer, type StaticServer } from '../scripts/previewServer';

import { expect, test } from './fixtures';

const SUB_PATH = '/some/sub/path/';

let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer({ base: SUB_PATH });
});

test.afterAll(async () => {
  await server.close();
});

test('the built site works when served from a sub-path', async ({ builder, page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(server.url);
  await expect(builder.yamlPreview).toContainText('apiVersion');
  await builder.fill('Name', 'from-a-sub-path');
  await expect(builder.yamlPreview).toContainText('name: from-a-sub-path');

  expect(failed).toEqual([]);
  const outside = requests.filter(
    (url) => url.startsWith('http') && !url.startsWith(`${server.origin}${SUB_PATH}`),
  );
  expect(outside, 'every request stays under the sub-path').toEqual([]);
  expect(requests.some((url) => url.includes(`${SUB_PATH}assets/`))).toBe(true);
});
