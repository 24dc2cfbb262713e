import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { buildAndServe, launchBrowser, openApp, type ServedApp } from './harness.ts';
let browser: Browser; let served: ServedApp;
beforeAll(async () => { [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]); }, 60_000);
afterAll(async () => { await browser?.close(); await served?.close(); });
it('shots', async () => {
  for (const [w, h] of [[1366, 768], [1024, 768]] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await openApp(ctx, served.url);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `.scratch/shot-${w}.png` });
    await page.click('[data-action="learn"]').catch(() => undefined);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `.scratch/shot-${w}-learn.png` });
    await ctx.close();
  }
}, 60_000);
