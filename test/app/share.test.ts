// Share links: code compressed into the URL's hash and read back exactly.
import { describe, expect, it } from 'vitest';
import { decodeCode, encodeCode, fromBase64Url, sharedCode, shareUrl, toBase64Url } from '../../src/app/share.ts';
import { WELCOME } from '../../src/app/welcome.ts';

const CODES = ['', 'note("c e g")', WELCOME, '// ünïcödé ♪ 🎹\n$: s("bd*4")', 'x'.repeat(100_000)];

describe('toBase64Url', () => {
  it('writes only URL-safe characters and reads back every byte', () => {
    const bytes = new Uint8Array(256 * 3).map((_, i) => i % 256);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });
});

describe('encodeCode', () => {
  it.each(CODES.map((code, i) => [i, code] as const))('round-trips code %i through decodeCode', async (_, code) => {
    expect(await decodeCode(await encodeCode(code))).toBe(code);
  });

  it('compresses repetitive code', async () => {
    const code = '$: s("bd*4")\n'.repeat(200);
    expect((await encodeCode(code)).length).toBeLessThan(code.length / 10);
  });
});

describe('shareUrl', () => {
  it('puts the code in the hash of the page address, replacing any hash', async () => {
    const url = await shareUrl('note("a4")', 'http://localhost:5173/weft/?x=1#old');
    expect(url).toMatch(/^http:\/\/localhost:5173\/weft\/\?x=1#code=[\w-]+$/);
    expect(await sharedCode(new URL(url).hash)).toBe('note("a4")');
  });
});

describe('sharedCode', () => {
  it('is undefined when the hash holds no code', async () => {
    expect(await sharedCode('')).toBeUndefined();
    expect(await sharedCode('#other=1')).toBeUndefined();
    expect(await sharedCode('#code=')).toBeUndefined();
  });

  it('is an Error for a link cut short', async () => {
    const text = await encodeCode(WELCOME);
    const result = await sharedCode(`#code=${text.slice(0, text.length >> 1)}`);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toMatch(/could not be read: its \d+ characters do not unpack, so it was probably cut short/);
  });

  it('names a character no share link has, and code that is not text', async () => {
    expect(String(await sharedCode('#code=abc*def'))).toMatch(/a character no share link has \("\*" at 3\)/);
    const notText = toBase64Url(new Uint8Array(await new Response(new Blob([new Uint8Array([0xff, 0xfe, 0xc0])]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer()));
    expect(String(await sharedCode(`#code=${notText}`))).toMatch(/unpacks to something that is not text/);
  });
});
