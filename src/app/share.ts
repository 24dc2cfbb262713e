/**
 * Sharing code as a link: the code, deflated and written in base64url, travels in the URL's
 * hash (`#code=...`), so it never reaches a server and a link opens with the code exactly as sent.
 */

import { t } from './i18n/index.ts';

/** The hash parameter that holds shared code. */
export const SHARE_PARAM = 'code';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** Writes bytes as base64url (`-` and `_`, no padding), safe in a URL's hash. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads base64url (or plain base64) back into bytes; throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Compresses code into the text of a share link's hash parameter. */
export async function encodeCode(code: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(code), new CompressionStream('deflate-raw')));
}

/** The bytes {@link encodeCode}'s text packs; throws if they do not unpack (a text cut short). */
function unpack(text: string): Promise<Uint8Array> {
  return pipe(fromBase64Url(text), new DecompressionStream('deflate-raw'));
}

/** Unpacked bytes as the code's text; throws if they are not UTF-8. */
function asText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The code held by {@link encodeCode}'s text; throws if it is not such a text. */
export async function decodeCode(text: string): Promise<string> {
  return asText(await unpack(text));
}

/**
 * A link to `base` (its hash replaced) that opens `code`.
 *
 * @example
 * await shareUrl('note("c e g")', location.href) // 'https://…/#code=y0vNL0lV…'
 */
export async function shareUrl(code: string, base: string): Promise<string> {
  const url = new URL(base);
  url.hash = `${SHARE_PARAM}=${await encodeCode(code)}`;
  return url.toString();
}

/**
 * The code shared in a URL's hash (`#code=...`), undefined when the hash holds none, or an Error
 * naming what is wrong with a link that cannot be read: characters no share link has (changed
 * by hand or by a mail program), data that does not unpack (cut short when copied), or data that
 * unpacks to something other than text.
 */
export async function sharedCode(hash: string): Promise<string | Error | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const text = params.get(SHARE_PARAM);
  if (text === null || text === '') return undefined;
  const bad = text.match(/[^A-Za-z0-9_\-+/=]/);
  if (bad !== null) return new Error(t().share.badCharacter(bad[0], bad.index ?? 0));
  let bytes: Uint8Array;
  try {
    bytes = await unpack(text);
  } catch {
    return new Error(t().share.cutShort(text.length));
  }
  try {
    return asText(bytes);
  } catch {
    return new Error(t().share.notText);
  }
}
