// Renders static/icon.svg to the PNG icons the manifest lists, with Debian's chromium.
// Run after changing the SVG: pnpm --filter @hitech/reader icons
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const dir = new URL('../static/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();

async function render(size, file, maskable = false) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon fills the square and keeps the drawing inside the central safe zone.
  const inner = maskable
    ? `<div style="width:100%;height:100%;background:#0f5c63;display:grid;place-items:center">
         <div style="width:72%;height:72%">${svg}</div></div>`
    : svg;
  await page.setContent(
    `<style>html,body{margin:0;width:100%;height:100%;background:transparent}svg{display:block;width:100%;height:100%}</style>${inner}`,
  );
  await writeFile(new URL(file, dir), await page.screenshot({ omitBackground: true, type: 'png' }));
  console.log(`wrote static/${file}`);
}

await render(192, 'icon-192.png');
await render(512, 'icon-512.png');
await render(512, 'icon-maskable-512.png', true);
await browser.close();
