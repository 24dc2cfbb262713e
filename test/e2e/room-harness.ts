// The room server for the browser tests: `weft serve` run in this process, as the command runs
// it, over the e2e run's build; rooms made as the Share dialog makes them (POST /rooms).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildAndServe, launchBrowser, newVisitor, openApp, typeCode, type ServedApp } from './harness.ts';
import { serve } from '../../src/cli/serve.ts';
import type { NewRoom } from '../../src/app/room/protocol.ts';

/** A running `weft serve`. */
export interface RoomServer {
  readonly url: string;
  readonly port: number;
  /** Stops it (as Ctrl+C does); resolves when it has. */
  stop(): Promise<void>;
}

/** Starts `weft serve` on `port` (0: a free one) over the built app in `dist`. */
export async function startRoomServer(dist: string, options: { port?: number; secret?: string; extra?: readonly string[] } = {}): Promise<RoomServer> {
  const abort = new AbortController();
  let out = '';
  let err = '';
  let listening: (url: string) => void = () => undefined;
  const started = new Promise<string>((resolve) => (listening = resolve));
  const io = {
    readStdin: async () => '',
    stdout: (text: string) => {
      out += text;
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url !== undefined) listening(url);
    },
    stderr: (text: string) => void (err += text),
  };
  const args = ['--port', String(options.port ?? 0), '--app', dist, '--secret', options.secret ?? 'e2e-room-secret-0123456789', ...(options.extra ?? [])];
  const done = serve(args, io, abort.signal);
  const url = await Promise.race([started, done.then((code) => Promise.reject(new Error(`weft serve exited with ${code}: ${err}`)))]);
  return {
    url,
    port: Number(new URL(url).port),
    stop: async () => {
      abort.abort();
      await done;
    },
  };
}

/** Makes a room on `server`, as the Share dialog does. */
export async function makeRoom(server: RoomServer): Promise<NewRoom> {
  const response = await fetch(new URL('/rooms', server.url), { method: 'POST' });
  return (await response.json()) as NewRoom;
}

/** The link that joins `room` (to edit with its key; to listen without). */
export function roomLink(server: RoomServer, room: NewRoom, edit = true): string {
  return `${server.url}#room=${room.room}${edit ? `&key=${room.token}` : ''}`;
}

/**
 * Runs in a page before its scripts: its clocks (`performance.now`, `Date.now` and the output's
 * timestamps) run `skew` ms ahead, as on a computer whose clock is off.
 */
export async function skewClocks(context: BrowserContext, skew: number): Promise<void> {
  await context.addInitScript((ms: number) => {
    const now = performance.now.bind(performance);
    performance.now = () => now() + ms;
    const date = Date.now;
    Date.now = () => date() + ms;
    const stamp = AudioContext.prototype.getOutputTimestamp;
    AudioContext.prototype.getOutputTimestamp = function (this: AudioContext) {
      const t = stamp.call(this);
      return { contextTime: t.contextTime, performanceTime: t.performanceTime === undefined ? undefined : t.performanceTime + ms };
    };
  }, skew);
}

/** One hap as a page heard it: the server's time it fell at (ms), by that page's clocks, and its sound. */
export interface HeardHap {
  readonly server: number;
  readonly sound: string;
}

/**
 * Keeps, in the page, every hap it schedules (withdrawn ones taken out again), with the server
 * time it maps to, read 1.5 s after it arrives (after it sounded: the mapping as it was then).
 */
export async function recordHaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const kept: { time: number; sound: string; server?: number }[] = [];
    (window as unknown as { __heard: typeof kept }).__heard = kept;
    window.weft!.onHaps((batch) => {
      for (const cancel of batch.cancels) {
        for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.time > cancel.time) kept.splice(i, 1);
      }
      for (const hap of batch.haps) {
        const entry: { time: number; sound: string; server?: number } = { time: hap.time, sound: String(hap.controls['s'] ?? hap.controls['note'] ?? '') };
        kept.push(entry);
        setTimeout(() => (entry.server = window.weft!.serverTimeAt(hap.time)), 1500);
      }
    });
  });
}

/** The haps a page kept, mapped to server time, in order. */
export async function heardHaps(page: Page): Promise<HeardHap[]> {
  const kept = await page.evaluate(() => (window as unknown as { __heard: { time: number; sound: string; server?: number }[] }).__heard);
  return kept.filter((h) => h.server !== undefined).map((h) => ({ server: h.server!, sound: h.sound })).sort((a, b) => a.server - b.server);
}

/** The text of a page's editor without what is drawn in it: the other performers' carets and names, who wrote and evaluated each block, the problems. */
export async function roomText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('[data-testid="editor"] .cm-content .cm-line')];
    return lines.map((line) => {
      const copy = line.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cm-ySelectionCaret, .cm-weft-room-author, [class*="problem"], [class*="lint"]').forEach((drawn) => drawn.remove());
      return copy.textContent ?? '';
    }).join('\n');
  });
}

/** The gap (ms) from each hap of `from` to the nearest of `to` with the same sound, for those in [start, end). */
export function gaps(from: readonly HeardHap[], to: readonly HeardHap[], start: number, end: number): number[] {
  return from.filter((h) => h.server >= start && h.server < end).map((h) => {
    let best = Infinity;
    for (const o of to) if (o.sound === h.sound && Math.abs(o.server - h.server) < Math.abs(best)) best = o.server - h.server;
    return best;
  });
}

/** Whether a page's room readout says it is connected. */
export async function roomOnline(page: Page): Promise<boolean> {
  return (await page.locator('[data-testid="room"]').getAttribute('data-online')) === 'true';
}

/** Waits until `check` gives true (for setups, where expect.poll cannot run); throws `what` after `timeout` ms. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a room test runs on: the built app, `weft serve` over it, Chromium. */
export interface RoomStage {
  readonly served: ServedApp;
  server: RoomServer;
  readonly browser: Browser;
  /** Closes the browser, stops the server. */
  close(): Promise<void>;
}

/** Builds (once a run) and serves the app with its rooms, and starts Chromium. */
export async function roomStage(): Promise<RoomStage> {
  const served = await buildAndServe();
  const stage: RoomStage = {
    served,
    server: await startRoomServer(served.dist),
    browser: await launchBrowser(),
    close: async () => {
      await stage.browser.close();
      await stage.server.stop();
      await served.close();
    },
  };
  return stage;
}

/** A fresh visitor opening `link` (its clocks `skew` ms off, if given). */
export async function joinPage(stage: RoomStage, link: string, skew = 0): Promise<Page> {
  const context = await newVisitor(stage.browser);
  if (skew !== 0) await skewClocks(context, skew);
  return openApp(context, link);
}

/** `author` types `code` once the room lets it edit; resolves when every page of `others` shows it. */
export async function shareCode(author: Page, others: readonly Page[], code: string): Promise<void> {
  await until(async () => (await author.locator('[data-testid="room"]').getAttribute('data-edit')) === 'true', 'the room to let the page edit');
  await typeCode(author, code);
  for (const page of others) await until(async () => (await roomText(page)) === code, 'the others to show the code', 10_000);
}
