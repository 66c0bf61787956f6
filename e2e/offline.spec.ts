import { startStaticServer } from '../scripts/previewServer';

import { expect, test } from './fixtures';

test('once loaded, the app keeps working offline', async ({ builder, page, context }) => {
  // A server of our own, under a sub-path, that we can stop: "offline" then really means no server.
  const server = await startStaticServer({ base: '/offline/app/' });
  try {
    await page.goto(server.url);
    await expect(builder.yamlPreview).toContainText('apiVersion');
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      return registration.scope;
    });
    expect(scope).toBe(server.url);
  } finally {
    await server.close();
  }

  await context.setOffline(true);
  await page.reload();
  await expect(builder.yamlPreview).toContainText('apiVersion');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await builder.fill('Name', 'works-offline');
  await expect(builder.yamlPreview).toContainText('name: works-offline');
  await context.setOffline(false);
});
