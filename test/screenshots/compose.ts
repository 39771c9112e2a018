import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/browsers.mjs';

/**
 * Writes one picture of the popup as a user sees it: a plain browser toolbar showing the page's address and the
 * extension's button, the page screenshot below it, and the popup screenshot hanging from the button.
 * Composed in a browser of its own (no image library needed): a new tab in the tested browser would take the
 * focus, and a real popup closes when it loses focus.
 */
export async function composePopupOverPage(
  shots: { page: Uint8Array; popup: Uint8Array; icon: Uint8Array; address: string },
  path: string,
): Promise<void> {
  const asDataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, args: [...CHROMIUM_ARGS] });
  try {
    const canvas = await browser.newPage();
    await canvas.setViewport({ width: 1280, height: 840 });
    // The address is set as text after loading, so nothing from it is parsed as HTML.
    await canvas.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:840px;overflow:hidden;position:relative;font:14px system-ui,sans-serif">
      <div style="position:absolute;left:0;top:0;width:1280px;height:40px;background:#f1f3f4;border-bottom:1px solid #d0d0d0;display:flex;align-items:center">
        <div id="address" style="margin-left:16px;flex:1;height:26px;line-height:26px;border-radius:13px;background:#fff;padding:0 14px;color:#333"></div>
        <img src="${asDataUrl(shots.icon)}" style="width:20px;height:20px;margin:0 22px 0 14px">
      </div>
      <img src="${asDataUrl(shots.page)}" style="position:absolute;left:0;top:40px;width:1280px;height:800px">
      <img src="${asDataUrl(shots.popup)}" style="position:absolute;top:38px;right:12px;border:1px solid #bbb;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.35);background:#fff">
    </body></html>`);
    await canvas.$eval('#address', (element, address) => (element.textContent = address), shots.address);
    await canvas.waitForFunction(() => Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await canvas.screenshot({ type: 'png' }));
  } finally {
    await browser.close();
  }
}
