// The built app served by `weft serve` (the run's shared build, given with --app), as a classroom
// opens it: the page starts in Chromium, its workers come with their Content-Security-Policy, and
// the page makes a room on its own origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NEW_ROOM_PATH, NewRoomSchema } from '../../src/app/room/protocol.ts';
import { startServe, type Served } from '../cli/room-harness.ts';
import { buildAndServe, launchBrowser, newVisitor, openApp } from './harness.ts';

let browser: Browser;
let served: Served;
let dist: string;

beforeAll(async () => {
  const preview = await buildAndServe();
  dist = preview.dist;
  await preview.close();
  served = await startServe(['--port', '0', '--app', dist]);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

it('serves the app, which starts, with its workers\' policies, and makes a room on its origin', async () => {
  const errors: string[] = [];
  const context = await newVisitor(browser);
  const page = await openApp(context, served.url, errors);
  expect(errors).toEqual([]);
  const room = await page.evaluate(async (path) => (await fetch(path, { method: 'POST' })).json(), NEW_ROOM_PATH);
  expect(v.is(NewRoomSchema, room)).toBe(true);
  // Each worker script named in the build's _headers comes with its policy.
  const workers = readFileSync(join(dist, '_headers'), 'utf8').split('\n').filter((line) => line.startsWith('/'));
  expect(workers.length).toBeGreaterThan(0);
  for (const path of workers) {
    const response = await fetch(new URL(path.slice(1), served.url));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  }
  await context.close();
});
