// Renders the toolbar icon (정 on a green rounded square) to PNGs with Chromium.
// Run once after changing the design: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const radius = Math.round(size * 0.22);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#1f6f5c;display:flex;align-items:center;justify-content:center;
      color:#fff;font:700 ${Math.round(size * 0.66)}px/1 'NanumSquareRound','NanumGothic',sans-serif;">정</div></body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to public/icon/');
