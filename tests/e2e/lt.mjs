import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: (process.env.JSF ? ['--js-flags=' + process.env.JSF] : []) });
for (const rate of [1, 4]) {
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(`${e.name} ${e.startTime.toFixed(0)} ${e.duration.toFixed(0)}`); }).observe({ type: 'longtask', buffered: true });
  window.__res = () => performance.getEntriesByType('resource').map(r => [r.name.split('/').pop(), r.startTime|0, r.responseEnd|0]); });
await page.goto('http://127.0.0.1:8080/');
await page.locator('main h1').waitFor();
await page.waitForTimeout(4000);
const out = await page.evaluate(() => ({ lt: window.__lt, marks: performance.getEntries().filter(e => e.entryType==='mark'||e.entryType==='paint'||e.entryType==='largest-contentful-paint').map(e => `${e.entryType} ${e.name} ${e.startTime.toFixed(0)}`), res: window.__res() }));
console.log('rate', rate, JSON.stringify(out.lt), out.marks.join(' | '));
const r = out.res; console.log('resources', r.length, 'first', JSON.stringify(r.slice(0,4)), 'last end', Math.max(...r.map(x=>x[2])));
const wasm = r.filter(x => x[0].endsWith('.wasm')); console.log('wasm', wasm.length, 'start span', Math.min(...wasm.map(x=>x[1])), Math.max(...wasm.map(x=>x[1])));
await page.close();
}
await browser.close();
