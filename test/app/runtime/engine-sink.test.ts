import { describe, expect, it } from 'vitest';
import { VoiceResolver } from '../../../src/audio/voices/resolve.ts';
import type { ToWorklet } from '../../../src/audio/worklet/index.ts';
import { EngineSink } from '../../../src/app/runtime/engine-sink.ts';

const event = (id: number, time: number) => ({ id, time, duration: 0.1, controls: { s: 'sine', note: 60 }, locations: [], block: '$' });

describe('the engine sink', () => {
  it('loads the resolver with the first events, and sends what waited for it in order', async () => {
    const sent: ToWorklet['type'][] = [];
    let load!: (resolver: VoiceResolver) => void;
    const loading = new Promise<VoiceResolver>((resolve) => (load = resolve));
    let asked = 0;
    const sink = new EngineSink({ send: (m) => void sent.push(m.type) }, {
      post: () => undefined, idBase: 0, offsetOf: () => 0, keyOf: () => undefined, epoch: () => 0,
      resolver: () => (asked++, loading),
    });
    sink.declareSamples([]);
    expect(sent).toEqual(['declareSamples']);
    expect(asked).toBe(0);
    sink.schedule([event(1, 1)]);
    sink.cancelAfter(0.5, '$');
    sink.schedule([event(2, 2)]);
    expect(sent).toEqual(['declareSamples']);
    expect(asked).toBe(1);
    load(new VoiceResolver());
    await loading;
    await Promise.resolve();
    expect(sent).toEqual(['declareSamples', 'schedule', 'cancelAfter', 'schedule']);
    sink.hush();
    expect(sent.at(-1)).toBe('hush');
  });
});
