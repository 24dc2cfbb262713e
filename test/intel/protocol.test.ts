// The language service's envelopes, read through their schemas on both sides: whole messages pass,
// anything else is refused, and a malformed request with an id can still be answered.
import { describe, expect, it } from 'vitest';
import { readFromIntel, readToIntel } from '../../src/intel/protocol.ts';

describe('readToIntel', () => {
  it('reads the init message and every request type', () => {
    const init = { type: 'init', filesUrl: '/f.json', referenceUrl: '/r.json', sounds: ['bd'] };
    expect(readToIntel(init)).toEqual(init);
    expect(readToIntel({ id: 1, type: 'completions', code: 's("', pos: 3, explicit: false })).toEqual({ id: 1, type: 'completions', code: 's("', pos: 3, explicit: false });
    expect(readToIntel({ id: 2, type: 'diagnostics', code: 's("bd")', extra: true })).toEqual({ id: 2, type: 'diagnostics', code: 's("bd")' });
  });

  it('says which request was malformed, so it can be answered with a failure', () => {
    expect(readToIntel({ id: 3, type: 'hover', code: 's("bd")', pos: -1 })).toMatchObject({ type: 'malformed', id: 3, message: expect.stringMatching(/^malformed request/) });
    expect(readToIntel({ type: 'init', filesUrl: 1 })).toMatchObject({ type: 'malformed' });
    expect(readToIntel(null)).not.toHaveProperty('id');
  });
});

describe('readFromIntel', () => {
  it('reads results, failures, ready and broken, and refuses anything else', () => {
    expect(readFromIntel({ type: 'result', id: 1, result: [] })).toEqual({ type: 'result', id: 1, result: [] });
    expect(readFromIntel({ type: 'ready', coldStartMs: 812 })).toEqual({ type: 'ready', coldStartMs: 812 });
    for (const data of [undefined, { type: 'failure', id: 1 }, { type: 'ready', coldStartMs: 'soon' }, { type: 'other' }]) expect(readFromIntel(data)).toBeUndefined();
  });
});
