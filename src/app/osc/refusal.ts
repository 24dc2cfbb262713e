/**
 * What `weft osc-bridge` answers the page when it does not send an event (a host that is not
 * this computer): why, in words for the performer. Apart from wire.ts, so that the page, which
 * only reads these, carries no schema of the events it sends.
 */
import * as v from 'valibot';

/** What the bridge answers when it does not send an event: why, in words for the performer. */
export const WireRefusalSchema = v.object({ refused: v.pipe(v.string(), v.maxLength(500)) });
/** The bridge's answer to an event it does not send. */
export type WireRefusal = v.InferOutput<typeof WireRefusalSchema>;

/** The bridge's refusal in a message's text, if it is one. */
export function readWireRefusal(text: string): WireRefusal | undefined {
  try {
    const result = v.safeParse(WireRefusalSchema, JSON.parse(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}
