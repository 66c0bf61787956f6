import AxeBuilder from '@axe-core/playwright';

import type { BuilderPage } from './BuilderPage';
import { expect, test } from './fixtures';

const SECTIONS = [
  ['workload', 'Workload'],
  ['user-account', 'User account'],
  ['containers', 'Containers'],
  ['volumes', 'Volumes'],
  ['resources', 'Resources'],
  ['scheduling', 'Scheduling'],
  ['review', 'Review'],
] as const;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A draft that shows most controls: group panel, volume with mount, env, port, toleration, label. */
async function fillEveryKindOfControl(builder: BuilderPage): Promise<void> {
  const { page } = builder;
  await builder.account(/^Local usergroup/).check();
  await builder.fill('Group name', 'hpc-localgroup');
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.getByRole('button', { name: 'Add variable to container test' }).click();
  await page.getByRole('button', { name: 'Add port to container test' }).click();
  await page.getByRole('button', { name: 'Add volume' }).click();
  await page.getByRole('menuitem', { name: /^Host path/ }).click();
  await page.getByRole('button', { name: 'Mount volume host into a container' }).click();
  await page.getByRole('button', { name: 'Tolerate os=windows:NoSchedule' }).click();
  await builder.fill('Name', 'Bad_Name');
}

async function expectNoViolations(builder: BuilderPage, include?: string): Promise<void> {
  let axe = new AxeBuilder({ page: builder.page }).withTags(TAGS);
  if (include) axe = axe.include(include);
  const { violations } = await axe.analyze();
  const summary = violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test.setTimeout(120_000);

    test('desktop: every section, the navigation and the output pane', async ({ builder }) => {
      await builder.open();
      await builder.dismissStartScreen();
      await fillEveryKindOfControl(builder);
      for (const [id, title] of SECTIONS) {
        await builder.goToSection(title);
        await expectNoViolations(builder, `#${id}`);
      }
      await expectNoViolations(builder, 'nav[aria-label="Sections"]');
      await expectNoViolations(builder, 'aside');
    });

    test('phone: every section and the YAML and Findings tabs', async ({ builder, page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await builder.open();
      await builder.dismissStartScreen();
      await fillEveryKindOfControl(builder);
      for (const [id] of SECTIONS) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await expectNoViolations(builder, `#${id}`);
      }
      await builder.tab('YAML').click();
      await expectNoViolations(builder, '#panel-yaml');
      await builder.tab('Findings').click();
      await expectNoViolations(builder, '#panel-findings');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no horizontal page scroll at 390 px').toBe(0);
    });
  });
}
