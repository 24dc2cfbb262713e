import { describe, expect, it } from 'vitest';
import { renderOffline } from '../../../src/audio/index.ts';
import { event, rms } from '../helpers.ts';

describe('renderOffline', () => {
  it('renders round(duration × sampleRate) frames of both channels', () => {
    const { left, right } = renderOffline([event({ s: 'bd' }, 0.1, 0.2)], { sampleRate: 44100, duration: 0.5 });
    expect(left.length).toBe(22050);
    expect(right.length).toBe(22050);
    expect(rms(left, 4410, 8820)).toBeGreaterThan(0.01);
    expect(left).toEqual(right);
  });

  it('reports rejected events through onError', () => {
    const messages: string[] = [];
    renderOffline([event({ s: 'sine', gain: NaN })], { sampleRate: 48000, duration: 0.1, onError: (e) => messages.push(e.message) });
    expect(messages).toEqual(['control "gain" must be a finite number, got NaN']);
  });
});
