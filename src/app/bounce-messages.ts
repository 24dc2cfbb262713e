// The messages between the app and its bounce worker, a discriminated union each way.

/** Asks the worker to bounce `code` over `cycles` cycles. */
export interface BounceRequest {
  readonly type: 'bounce';
  readonly code: string;
  readonly cycles: number;
  readonly sampleRate: number;
  /** What relative sample URLs in the code are relative to (the page's address). */
  readonly baseUrl: string;
}

/**
 * Asks the app to decode a sample file: workers have no `decodeAudioData`, so files the worker
 * cannot read itself (not WAV) are decoded on the main thread.
 */
export interface BounceDecode {
  readonly type: 'decode';
  readonly id: number;
  readonly bytes: ArrayBuffer;
}

/** The app's answer to a {@link BounceDecode}: the channels, or why they could not be decoded. */
export type BounceDecoded =
  | { readonly type: 'decoded'; readonly id: number; readonly channels: Float32Array[]; readonly sampleRate: number }
  | { readonly type: 'decode-failed'; readonly id: number; readonly message: string };

/** What the app posts to the worker. */
export type BounceInbound = BounceRequest | BounceDecoded;

/** The WAV file, and what is worth telling the performer about it. */
export interface BounceDone {
  readonly type: 'done';
  readonly wav: Uint8Array;
  readonly duration: number;
  readonly peakDb: number;
  readonly events: number;
  readonly warnings: readonly string[];
}

/** The code could not be bounced (an evaluation error, located). */
export interface BounceFailed {
  readonly type: 'failed';
  readonly message: string;
}

/** What the worker posts. */
export type BounceReply = BounceDone | BounceFailed | BounceDecode;
