import { describe, expect, it } from 'vitest';
import { isAudioFile, sampleErrorText, sampleProgressText } from '../../src/app/sample-status.ts';

describe('sampleProgressText', () => {
  it('counts the files while some are still loading', () => {
    expect(sampleProgressText({ requested: 8, loaded: 3, failed: 1 })).toBe('samples 3/8');
  });
  it('says how many failed once none are loading', () => {
    expect(sampleProgressText({ requested: 8, loaded: 6, failed: 2 })).toBe('2 samples failed');
    expect(sampleProgressText({ requested: 1, loaded: 0, failed: 1 })).toBe('1 sample failed');
  });
  it('is empty when every file has loaded', () => {
    expect(sampleProgressText({ requested: 4, loaded: 4, failed: 0 })).toBe('');
  });
});

describe('sampleErrorText', () => {
  it('names the sound and the line of the samples(...) call that declared it', () => {
    const error = { name: 'kick', index: 0, url: 'kick.wav', message: 'HTTP 404 for kick.wav', locations: [{ start: 12, end: 40 }] };
    expect(sampleErrorText(error, (offset) => (offset >= 10 ? 2 : 1))).toBe('line 2: sample "kick" failed to load: HTTP 404 for kick.wav');
  });
  it('names a sample map by its URL, with no line when none is known', () => {
    expect(sampleErrorText({ url: 'map.json', message: 'bad JSON', locations: [] })).toBe('sample map map.json failed to load: bad JSON');
  });
});

describe('isAudioFile', () => {
  it('accepts audio types and audio extensions, not other files', () => {
    expect(isAudioFile({ name: 'x', type: 'audio/wav' })).toBe(true);
    expect(isAudioFile({ name: 'Kick 01.WAV', type: '' })).toBe(true);
    expect(isAudioFile({ name: 'notes.txt', type: 'text/plain' })).toBe(false);
  });
});
