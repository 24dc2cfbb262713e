// The clock worklet: registers 'weft-clock', a processor that only stamps the audio clock on the
// ports it is given, as the engine's stats do. Its module is tiny and is added before the first
// click (clock-node.ts imports it with `?worker&url`), so that the runtime's clock runs from the
// click's first audio block, while the engine's much larger module is still being added.
import { CLOCK_INTERVAL, CLOCK_NAME } from './clock-messages.ts';
import type { ClockMessage } from './replies.ts';
import { scope } from './scope.ts';

/** The frames of one call of `process` (the node has no output to measure it by). */
const RENDER_QUANTUM = 128;

/**
 * Posts a {@link ClockMessage} on each port it keeps with its first block and every
 * {@link CLOCK_INTERVAL} after, until it is stopped.
 */
class ClockProcessor extends scope.AudioWorkletProcessor {
  private readonly ports: MessagePort[] = [];
  private readonly interval = Math.max(1, Math.round(CLOCK_INTERVAL * scope.sampleRate));
  /** Frames since the last stamp: the first block stamps at once. */
  private since = this.interval;
  private stopped = false;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
  }

  process(_inputs: Float32Array[][], _outputs: Float32Array[][]): boolean {
    if (this.stopped) return false;
    this.since += RENDER_QUANTUM;
    if (this.since >= this.interval) {
      this.since = 0;
      const frame = scope.currentFrame;
      const stamp: ClockMessage = { type: 'clock', frame, time: frame / scope.sampleRate };
      for (const port of this.ports) port.postMessage(stamp);
    }
    return true;
  }

  /** Reads what the node sent (the main thread's data, checked all the same). */
  private receive(data: unknown): void {
    if (typeof data !== 'object' || data === null || this.stopped) return;
    const message = data as { type?: unknown; port?: unknown };
    if (message.type === 'keepPort' && message.port instanceof MessagePort) this.ports.push(message.port);
    else if (message.type === 'stop') {
      this.stopped = true;
      for (const port of this.ports.splice(0)) port.close();
    }
  }
}

scope.registerProcessor(CLOCK_NAME, ClockProcessor);
