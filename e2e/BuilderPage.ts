import { expect, type Locator, type Page } from '@playwright/test';
import { loadAll } from 'js-yaml';
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

/** The builder as a person sees it: roles, labels and visible text. */
export class BuilderPage {
  readonly yamlPreview: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.yamlPreview = page.getByRole('textbox', { name: 'YAML editor' });
    this.findings = page.getByRole('list', { name: 'Findings' });
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    const phone = await this.tab('YAML').isVisible();
    // A phone renders the form once it nears the screen (below the preset gallery on a first
    // visit): a person scrolls down to it.
    if (phone) await this.page.locator('#form').scrollIntoViewIfNeeded();
    // Sections below the fold say they are still loading (aria-busy) until their code is in.
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
    // A phone shows the YAML on its own tab, rendered when first opened; a desktop beside the form.
    if (phone) return;
    await expect(this.yamlPreview).toContainText('apiVersion');
  }

  /**
   * The YAML exactly as the editor holds it: the whole document, also the lines scrolled out of
   * view (the editor renders only the lines near the screen).
   */
  async yaml(): Promise<string> {
    return this.yamlPreview.evaluate((content: EditorContent) => {
      return content.cmTile?.root?.view?.state.doc.toString() ?? content.textContent ?? '';
    });
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

  /** Close the first-visit preset gallery when it is shown. */
  async dismissStartScreen(): Promise<void> {
    const close = this.page.getByRole('button', { name: 'Close the start screen' });
    if (await close.isVisible()) await close.click();
  }

  /** A form section (a region named by its heading: "Workload", "User account", …). */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The desktop section navigation. */
  get sectionNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Sections' });
  }

  /** Go to a section through the navigation (desktop). */
  async goToSection(title: string): Promise<Locator> {
    await this.sectionNav.getByRole('link', { name: new RegExp(`^${title}`) }).click();
    return this.section(title);
  }

  /** A phone-layout tab: Form, YAML or Findings. */
  tab(name: 'Form' | 'YAML' | 'Findings'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Every YAML document of the preview, parsed. */
  async documents(): Promise<Array<Record<string, unknown>>> {
    return loadAll(await this.yaml()) as Array<Record<string, unknown>>;
  }

  /** The workload document (Pod, DaemonSet, Deployment or Job) of the preview, parsed. */
  async workload(): Promise<Workload> {
    const docs = await this.documents();
    const found = docs.find((d) => WORKLOAD_KINDS.includes(String(d.kind)));
    if (!found) throw new Error('no workload document in the preview');
    return found as unknown as Workload;
  }

  /** The pod spec of the workload (`spec` of a Pod, `spec.template.spec` otherwise). */
  async podSpec(): Promise<PodSpec> {
    const doc = await this.workload();
    return doc.kind === 'Pod'
      ? (doc.spec as unknown as PodSpec)
      : (doc.spec.template as { spec: PodSpec }).spec;
  }

  /** Findings items of one severity group, by the group's icon title. */
  findingsOf(severity: 'Error' | 'Warning' | 'Advice'): Locator {
    return this.findings
      .getByRole('listitem')
      .filter({ has: this.page.getByTitle(severity, { exact: true }) })
      .filter({ has: this.page.getByRole('button') });
  }
}

const WORKLOAD_KINDS = ['Pod', 'DaemonSet', 'Deployment', 'Job'];

/** CodeMirror's content element, which links back to its editor (as `EditorView.findFromDOM` reads it). */
type EditorContent = HTMLElement & {
  cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } };
};

/** A parsed workload document. */
export interface Workload {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec: Record<string, unknown>;
}
