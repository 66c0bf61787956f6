import { chromium } from '@playwright/test';
const [,, width = '1280', scheme = 'light', out = '/tmp/shots/a.png', section = '', full = 'no', actions = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(width) < 600 ? 844 : 900 }, colorScheme: scheme });
const problems = [];
page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(m.text()); });
page.on('pageerror', (e) => problems.push(e.message));
await page.goto('http://127.0.0.1:4199/');
await page.waitForSelector('pre[aria-label="YAML preview"]');
if (actions) { const fn = new Function('page', `return (async () => { ${actions} })()`); await fn(page); }
if (section) await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), section);
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: full === 'full' });
const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
console.log('overflow', overflow, 'problems', JSON.stringify(problems));
await browser.close();
