#!/usr/bin/env node
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// Renders assets/icon.svg to the PNG sizes the manifest names (assets/icons/icon-<size>.png) with headless
// Chromium, so the icons come from one drawing and no image library is needed. Run after editing the SVG:
//   node test/harness/render-icons.mjs
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers.mjs';

const SIZES = [16, 32, 48, 128];
const svgPath = fileURLToPath(new URL('../../assets/icon.svg', import.meta.url));
const outDir = fileURLToPath(new URL('../../assets/icons/', import.meta.url));

const svg = await readFile(svgPath, 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
await mkdir(outDir, { recursive: true });

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    // The SVG is drawn as an <img> at the target size so Chromium's own resampling anti-aliases small sizes.
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${svgUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const path = `${outDir}icon-${size}.png`;
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote assets/icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
