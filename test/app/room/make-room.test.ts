import { describe, expect, it } from 'vitest';
import { makeRoom, roomLinks } from '../../../src/app/room/make-room.ts';
import { roomInHash } from '../../../src/app/room/index.ts';

const room = { room: 'AbCdEfGhIjKlMnOpQrStUv', token: 'k'.repeat(43) };

describe('making a room from the Share dialog', () => {
  it('gives a link to play along (with the key) and one to listen (without), which the page reads back', () => {
    const links = roomLinks('http://127.0.0.1:4321/?x=1#code=abc', room);
    expect(links.edit).toBe(`http://127.0.0.1:4321/?x=1#room=${room.room}&key=${room.token}`);
    expect(links.listen).toBe(`http://127.0.0.1:4321/?x=1#room=${room.room}`);
    expect(roomInHash(new URL(links.edit).hash)).toEqual(room);
    expect(roomInHash(new URL(links.listen).hash)).toEqual({ room: room.room });
    expect(roomInHash('#code=abc')).toBeUndefined();
    expect(roomInHash('#room=short')).toBeInstanceOf(Error);
  });

  it('says that rooms need the room server when the page comes from another server', async () => {
    const answer = (status: number, body?: unknown) => (async () => new Response(body === undefined ? null : JSON.stringify(body), { status })) as unknown as typeof fetch;
    expect(String(await makeRoom(answer(404)))).toMatch(/npx weft serve/);
    expect(String(await makeRoom(answer(500)))).toMatch(/Could not make a room: 500/);
    expect(await makeRoom(answer(200, room))).toEqual(room);
  });
});
