// The AudioWorklet module: registers weft's engine as the processor 'weft-engine'. node.ts imports
// it with `?worker&url`: the dev server serves it as an ES module (worklets allow static imports),
// `vite build` bundles it with its imports into one script under assets/.
import { EngineHost } from './host.ts';
import { PROCESSOR_NAME, readParams, type FromWorklet } from './messages.ts';
import { scope } from './scope.ts';

/** How many handed-over ports stay connected: a runtime worker's and its standby's. */
const MAX_CONNECTED_PORTS = 2;

/**
 * Plays weft's engine on the audio thread: one stereo output, no inputs. Takes messages on its
 * node's port and on any port handed over with `connectPort`, and posts stats and errors to all.
 */
class EngineProcessor extends scope.AudioWorkletProcessor {
  private readonly host: EngineHost;
  private readonly ports: MessagePort[] = [];
  private spare = new Float32Array(128);
  private disposed = false;

  constructor(options: AudioWorkletNodeOptions) {
    super();
    // processorOptions is whatever the main thread sent: read it as untrusted data.
    const init: unknown = options.processorOptions;
    this.host = new EngineHost({ sampleRate: scope.sampleRate, post: (message) => this.broadcast(message), ...readParams(init) });
    this.listen(this.port, true);
    if (typeof init === 'object' && init !== null && 'voices' in init) {
      this.host.receive({ type: 'schedule', voices: init.voices });
    }
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    if (this.disposed) return false;
    const output = outputs[0];
    const left = output?.[0];
    if (left === undefined) return true;
    let right = output?.[1];
    if (right === undefined) {
      if (this.spare.length !== left.length) this.spare = new Float32Array(left.length);
      right = this.spare;
    }
    this.host.process(left, right, scope.currentFrame);
    return true;
  }

  private listen(port: MessagePort, own: boolean): void {
    this.ports.push(port);
    // A runtime worker that was replaced leaves its port behind: keep only the newest ones
    // (the active worker's and a standby's), so restarts do not pile up dead ports.
    const connected = this.ports.filter((p) => p !== this.port);
    for (const old of connected.slice(0, Math.max(0, connected.length - MAX_CONNECTED_PORTS))) {
      old.onmessage = null;
      old.close();
      this.ports.splice(this.ports.indexOf(old), 1);
    }
    port.onmessage = (event: MessageEvent<unknown>) => {
      const message = this.host.receive(event.data);
      if (!own) return;
      if (message?.type === 'connectPort') this.listen(message.port, false);
      if (message?.type === 'dispose') this.dispose();
    };
  }

  private dispose(): void {
    this.disposed = true;
    for (const port of this.ports) {
      port.onmessage = null;
      if (port !== this.port) port.close();
    }
    this.ports.length = 0;
  }

  private broadcast(message: FromWorklet): void {
    for (const port of this.ports) port.postMessage(message);
  }
}

scope.registerProcessor(PROCESSOR_NAME, EngineProcessor);
