// The main thread's side of the runtime with workers that are fakes: what it sends to the worker
// in use, how it answers evaluations, and how it replaces a worker that stops answering (the
// standby restores the last snapshot, and gets every command the hung one had not handled).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineNode } from '../../../src/audio/worklet/index.ts';
import { createRuntime, type Runtime, type RuntimeError } from '../../../src/app/runtime/client.ts';
import type { FromRuntime, RuntimeStatus, Snapshot, ToRuntime } from '../../../src/app/runtime/messages.ts';

/** A runtime worker that records what it is sent and says what a test makes it say. */
class FakeWorker {
  readonly posted: ToRuntime[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: ToRuntime): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  say(message: FromRuntime): void {
    this.onmessage?.({ data: message } as MessageEvent<unknown>);
  }

  /** The commands after `init`. */
  commands(): ToRuntime[] {
    return this.posted.filter((m) => m.type !== 'init');
  }
}

const STATUS: RuntimeStatus = { running: true, cps: 0.5, cycle: 1, time: 2, ahead: 1, eventsScheduled: 10, eventsLate: 0, realmsReplaced: 0, tempo: { cycle: '0', time: 0, cps: 0.5 } };
const SNAPSHOT: Snapshot = { entries: [{ id: 1, code: 's("bd")' }], blocks: [{ label: '$', muted: false, from: 0, to: 7, current: { entry: 1, index: 0 } }], mutes: [], solos: [] };

let workers: FakeWorker[];
let runtime: Runtime;
let errors: RuntimeError[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  workers = [];
  errors = [];
  const engine = { connectPort: () => undefined } as unknown as EngineNode;
  runtime = createRuntime({
    engine,
    context: { sampleRate: 48_000 } as BaseAudioContext,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  });
  runtime.onError((error) => errors.push(error));
});

afterEach(() => {
  runtime.dispose();
  vi.useRealTimers();
});

describe('createRuntime', () => {
  it('starts one worker, and a standby once that one is ready', () => {
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted[0]).toMatchObject({ type: 'init', generation: 0 });
    workers[0]!.say({ type: 'ready' });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.posted).toEqual([]);
  });

  it('answers an evaluation from the worker in use, and ignores what the standby says', async () => {
    workers[0]!.say({ type: 'ready' });
    const result = runtime.evaluate('s("bd")');
    const sent = workers[0]!.commands()[0];
    expect(sent).toMatchObject({ type: 'evaluate', code: 's("bd")' });
    const id = sent?.type === 'evaluate' ? sent.id : -1;
    workers[1]!.say({ type: 'error', id, message: 'not me', line: 1, column: 1, from: 0, to: 0 });
    workers[0]!.say({ type: 'evaluated', id, blocks: [{ label: '$', muted: false, from: 0, to: 7 }], cps: 0.5, received: 0, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] });
    await expect(result).resolves.toMatchObject({ ok: true, blocks: [{ label: '$' }], cps: 0.5 });
  });

  it('replaces a worker that stops answering: the standby restores the snapshot and gets what was not handled', async () => {
    const [first] = workers;
    first!.say({ type: 'ready' });
    runtime.start();
    runtime.mute('a');
    first!.say({ type: 'snapshot', snapshot: SNAPSHOT });
    // The worker handled the first command (start) only.
    first!.say({ type: 'status', status: STATUS, handled: 1 });
    const unanswered = runtime.evaluate('s("sd")');
    // Silent for longer than the audio it has queued.
    vi.advanceTimersByTime(2000);
    expect(first!.terminated).toBe(true);
    const standby = workers[1]!;
    expect(standby.posted[0]).toMatchObject({ type: 'init', generation: 1, restore: { snapshot: SNAPSHOT, running: true, cps: 0.5 } });
    expect(standby.commands().map((m) => m.type)).toEqual(['mute', 'evaluate']);
    expect(errors).toMatchObject([{ kind: 'hang', message: 'the runtime stopped answering and was restarted' }]);
    // The counts go on from the hung worker's.
    standby.say({ type: 'status', status: { ...STATUS, eventsScheduled: 5 }, handled: 0 });
    expect(runtime.status()).toMatchObject({ eventsScheduled: 15, restarts: 1 });
    const sent = standby.commands()[1];
    const id = sent?.type === 'evaluate' ? sent.id : -1;
    standby.say({ type: 'evaluated', id, blocks: [], cps: 0.5, received: 0, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] });
    await expect(unanswered).resolves.toMatchObject({ ok: true });
  });

  it('mirrors the worker\'s store: one state, replaced whole by each snapshot, and by what a replacement restores', () => {
    const [first] = workers;
    first!.say({ type: 'ready' });
    const seen: unknown[] = [];
    runtime.onState((state) => seen.push(state));
    runtime.mute('$');
    // A command changes nothing here: the worker's snapshot does.
    expect(runtime.state.mutes).toEqual([]);
    first!.say({ type: 'snapshot', snapshot: { ...SNAPSHOT, mutes: ['$'] } });
    const state = runtime.state;
    expect(state).toMatchObject({ blocks: [{ label: '$', from: 0, to: 7 }], mutes: ['$'], solos: [] });
    expect(Object.isFrozen(state) && Object.isFrozen(state.mutes) && Object.isFrozen(state.blocks[0])).toBe(true);
    first!.say({ type: 'snapshot', snapshot: SNAPSHOT });
    expect(runtime.state).not.toBe(state);
    expect(state.mutes).toEqual(['$']);
    expect(seen).toHaveLength(2);
    // The worker hangs: the state becomes what the standby restores.
    vi.advanceTimersByTime(2000);
    expect(workers[1]!.posted[0]).toMatchObject({ type: 'init', restore: { snapshot: runtime.state.snapshot } });
    expect(seen).toHaveLength(3);
  });

  it('sends an evaluation\'s key, which the worker\'s haps carry back', () => {
    workers[0]!.say({ type: 'ready' });
    const batches: unknown[] = [];
    runtime.onHaps((batch) => batches.push(batch));
    void runtime.evaluate('s("bd")', { key: 'view:1' });
    expect(workers[0]!.commands()[0]).toMatchObject({ type: 'evaluate', key: 'view:1' });
    const hap = { id: 1, time: 1, duration: 0.5, block: '', key: 'view:1', locations: [{ start: 3, end: 5 }], controls: {} };
    workers[0]!.say({ type: 'haps', cancels: [], haps: [hap] });
    expect(batches).toEqual([{ cancels: [], haps: [hap] }]);
  });

  it('fails the evaluations still waiting when disposed, and sends nothing after', async () => {
    const result = runtime.evaluate('s("bd")');
    runtime.dispose();
    await expect(result).resolves.toMatchObject({ ok: false, error: { message: 'the runtime was disposed' } });
    runtime.hush();
    expect(workers[0]!.commands().map((m) => m.type)).toEqual(['evaluate']);
    expect(workers[0]!.terminated).toBe(true);
  });
});
