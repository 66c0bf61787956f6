import { chromium } from '@playwright/test';
const [,, width = '1280', scheme = 'light', prefix = '/tmp/shots/x', selectors = '', actions = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(width) < 600 ? 844 : 900 }, colorScheme: scheme });
const problems = [];
page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(m.text()); });
page.on('pageerror', (e) => problems.push(e.message));
await page.goto('http://127.0.0.1:4199/');
await page.waitForSelector('pre[aria-label="YAML preview"]', { state: 'attached' });
await page.getByRole('button', { name: 'Close the start screen' }).click().catch(() => {});
if (actions) { const fn = new Function('page', `return (async () => { ${actions} })()`); await fn(page); }
await page.waitForTimeout(300);
if (!selectors) await page.screenshot({ path: `${prefix}.png` });
for (const sel of selectors.split(',').filter(Boolean)) {
  await page.locator(sel).first().screenshot({ path: `${prefix}-${sel.replace(/[^a-z0-9]/gi, '')}.png` });
}
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
console.log('overflow', overflow, 'problems', JSON.stringify(problems));
await browser.close();
