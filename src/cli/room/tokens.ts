/**
 * A room's name and its edit token. The name is 16 random bytes (128 bits) in base64url, so it
 * cannot be guessed; the token is HMAC-SHA256(secret, name) in base64url, so every process that
 * shares the secret accepts the tokens any of them made, with nothing stored anywhere.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as v from 'valibot';
import { RoomNameSchema, type NewRoom } from '../../app/room/protocol.ts';

/** A random secret, for a server started without one (its tokens die with the process). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The token that lets its holder edit room `room`. */
export function tokenFor(secret: string, room: string): string {
  return createHmac('sha256', secret).update(room).digest('base64url');
}

/** True when `token` is the edit token of `room` (compared in constant time). */
export function isEditToken(secret: string, room: string, token: string | undefined): boolean {
  if (token === undefined || token === '') return false;
  const expected = Buffer.from(tokenFor(secret, room));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A new room: a fresh random name and its edit token. */
export function newRoom(secret: string): NewRoom {
  const room = randomBytes(16).toString('base64url');
  return { room, token: tokenFor(secret, room) };
}

/** True for a well-formed room name ({@link RoomNameSchema}). */
export function isRoomName(name: string): boolean {
  return v.is(RoomNameSchema, name);
}
