import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4199/');
await page.waitForSelector('pre[aria-label="YAML preview"] span');
const times = await page.evaluate(async () => {
  const input = document.querySelector('input[data-path="metadata.name"]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const out = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    setter.call(input, 'hostprocess-example-' + i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const text = document.querySelector('pre[aria-label="YAML preview"]').textContent;
    if (!text.includes('example-' + i)) out.push(-1);
    else out.push(performance.now() - t0);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return out;
});
const sorted = times.slice(5).sort((a, b) => a - b);
console.log('p50', sorted[Math.floor(sorted.length / 2)].toFixed(2), 'p95', sorted[Math.floor(sorted.length * 0.95)].toFixed(2), 'misses', times.filter((t) => t < 0).length);
await browser.close();
