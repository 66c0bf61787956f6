import { expect, type Locator, type Page } from '@playwright/test';

/** The builder as a person sees it: roles, labels and visible text. */
export class BuilderPage {
  readonly yamlPreview: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.yamlPreview = page.getByLabel('YAML preview');
    this.findings = page.getByRole('list', { name: 'Findings' });
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    await expect(this.yamlPreview).toContainText('apiVersion');
  }

  /** The YAML exactly as the preview holds it. */
  async yaml(): Promise<string> {
    return (await this.yamlPreview.textContent()) ?? '';
  }

  field(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label, exact: typeof label === 'string' });
  }

  async fill(label: string | RegExp, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  account(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }

  finding(text: string | RegExp): Locator {
    return this.findings.getByRole('listitem').filter({ hasText: text });
  }
}
