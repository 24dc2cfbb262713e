/**
 * The page's connection to `weft osc-bridge` (ws://127.0.0.1:57121): opened while the code uses
 * `.osc()`, tried again with a growing pause while the bridge is not there (it may be started at
 * any time), closed when the code stops using it. Its state is what the status line says.
 */
import { BRIDGE_PORT } from './bridge-address.ts';
import { readWireRefusal } from './refusal.ts';

/** Where the bridge is: being reached, connected, or not running (the last try failed). */
export type BridgeState = 'connecting' | 'connected' | 'absent';

/** The first pause before trying again to reach the bridge (ms); each failure doubles it. */
export const RETRY_FIRST = 250;

/** The longest pause before trying again (ms): a bridge started later is found within it. */
export const RETRY_MOST = 4000;

/** The bridge's address on this computer. */
export const BRIDGE_URL = `ws://127.0.0.1:${BRIDGE_PORT}`;

/** What the link tells: each change of state, and each event the bridge refused (its reason). */
export interface LinkListeners {
  readonly state: (state: BridgeState) => void;
  readonly refused: (reason: string) => void;
}

/** A connection to the bridge, kept while wanted (see the module comment). */
export class BridgeLink {
  private socket: WebSocket | undefined;
  private wanted = false;
  private pause = RETRY_FIRST;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: BridgeState = 'connecting';

  constructor(
    private readonly listeners: LinkListeners,
    private readonly url: string = BRIDGE_URL,
  ) {}

  /** Where the bridge is now. */
  get state(): BridgeState {
    return this.current;
  }

  /** Keeps the connection (reconnecting as needed) while `on`; closes it when not. */
  want(on: boolean): void {
    if (on === this.wanted) return;
    this.wanted = on;
    if (on) {
      this.pause = RETRY_FIRST;
      this.open();
      return;
    }
    clearTimeout(this.timer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
    this.set('connecting');
  }

  /** Sends `text` if connected; false when it could not. */
  send(text: string): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(text);
    return true;
  }

  private open(): void {
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.retry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.pause = RETRY_FIRST;
      this.set('connected');
    };
    socket.onmessage = (message) => {
      const refusal = typeof message.data === 'string' ? readWireRefusal(message.data) : undefined;
      if (refusal !== undefined) this.listeners.refused(refusal.refused);
    };
    // An error is followed by close: the browser has already logged the failed connection.
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.set('absent');
      this.retry();
    };
  }

  private retry(): void {
    if (!this.wanted) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.wanted && this.socket === undefined) this.open();
    }, this.pause);
    this.pause = Math.min(RETRY_MOST, this.pause * 2);
  }

  private set(state: BridgeState): void {
    if (state === this.current) return;
    this.current = state;
    this.listeners.state(state);
  }

  /** Closes for good. */
  dispose(): void {
    this.want(false);
  }
}
