import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
await page.addInitScript(() => { window.__lcp = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push(`${e.startTime.toFixed(0)} size=${e.size} ${e.element ? e.element.tagName + '.' + e.element.className + ' "' + (e.element.textContent||'').slice(0,60) + '"' : e.url}`); }).observe({ type: 'largest-contentful-paint', buffered: true }); });
await page.goto('http://127.0.0.1:8080/');
await page.waitForTimeout(4000);
console.log((await page.evaluate(() => window.__lcp)).join('\n'));
await page.screenshot({ path: '/tmp/ub/home.png' });
await browser.close();
