// Renders public/icon/*.png from one SVG in headless Chromium (a dev tool; the PNGs are committed).
import { writeFile, mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0f766e"/>
  <path d="M40 26h48a6 6 0 0 1 6 6v70l-30-18-30 18V32a6 6 0 0 1 6-6z" fill="#ffffff"/>
  <path d="M50 56l10 10 20-22" fill="none" stroke="#0f766e" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
await mkdir('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  await writeFile(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await writeFile('public/icon/icon.svg', svg);
await browser.close();
