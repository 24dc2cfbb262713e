import { describe, expect, it } from 'vitest';
import type { SampleLoadError, SampleProgress } from '../../src/audio/index.ts';
import { isAudioFile, SampleFailures, sampleErrorText, sampleStatusText } from '../../src/app/sample-status.ts';

// What the readout says of `progress` when every failed file is still named by the code that plays.
const sampleProgressText = (progress: SampleProgress): string => sampleStatusText(progress, progress.failed);

describe('sampleStatusText, of the files loading and failed', () => {
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

describe('sampleStatusText', () => {
  it('counts the files while some load, then the failing files of the code that plays', () => {
    expect(sampleStatusText({ requested: 4, loaded: 1, failed: 1 }, 1)).toBe('samples 1/4');
    expect(sampleStatusText({ requested: 4, loaded: 2, failed: 2 }, 1)).toBe('1 sample failed');
    expect(sampleStatusText({ requested: 4, loaded: 2, failed: 2 }, 0)).toBe('');
  });
});

describe('SampleFailures', () => {
  const file = (name: string, at = 0): SampleLoadError => ({ name, index: 0, url: `${name}.wav`, message: 'HTTP 404', locations: [{ start: at, end: at + 9 }] });
  const instrument = (name: string): SampleLoadError => ({ name, index: 0, url: name, message: 'no such instrument', locations: [] });

  it('counts a file that fails again once', () => {
    const failures = new SampleFailures();
    failures.begin();
    failures.add(file('kick'));
    failures.add(file('kick'));
    expect(failures.count).toBe(1);
    expect(failures.latest()?.name).toBe('kick');
  });

  it('forgets the failures of earlier code after a good evaluation of the whole code, not those of that evaluation', () => {
    const failures = new SampleFailures();
    failures.begin();
    failures.add(file('kick'));
    const next = failures.begin();
    failures.add(file('snare'));
    failures.replaced(next, 'samples({ snare: "snare.wav" })');
    expect(failures.count).toBe(1);
    expect(failures.latest()?.name).toBe('snare');
  });

  it('keeps an instrument that is not tried again while the code still names it', () => {
    const failures = new SampleFailures();
    failures.begin();
    failures.add(instrument('gm_nothing'));
    failures.replaced(failures.begin(), 'note("c").s("gm_nothing")');
    expect(failures.count).toBe(1);
    failures.replaced(failures.begin(), 'note("c").s("piano")');
    expect(failures.count).toBe(0);
  });

  it('forgets every failure when nothing plays', () => {
    const failures = new SampleFailures();
    failures.begin();
    failures.add(file('kick'));
    failures.add(instrument('gm_nothing'));
    failures.clear();
    expect(failures.count).toBe(0);
    expect(failures.latest()).toBeUndefined();
  });
});
