// The messages between the app and its bounce worker, a discriminated union each way.

/** Asks the worker to bounce `code` over `cycles` cycles. */
export interface BounceRequest {
  readonly type: 'bounce';
  readonly code: string;
  readonly cycles: number;
  readonly sampleRate: number;
}

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
export type BounceReply = BounceDone | BounceFailed;
