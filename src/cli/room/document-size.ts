/**
 * How big each room's document is: the encoded state's bytes when it loaded, plus the bytes of
 * every update since (an upper bound: an update never grows the encoded state by more than its own
 * size). The exact size is computed again only when that bound passes the limit, and then either
 * the update fits (the bound starts again from the exact size) or it is refused and its sender cut
 * off, so a room costs an encoding of its state only near its limit.
 */
import type { Document } from '@hocuspocus/server';
import * as Y from 'yjs';

interface Size {
  exact: number;
  since: number;
}

/** The sizes of the loaded documents, against one limit. */
export class DocumentSizes {
  private readonly sizes = new WeakMap<Document, Size>();

  constructor(private readonly limit: number) {}

  /** Starts following a document (when it loads). */
  follow(document: Document): void {
    const size: Size = { exact: Y.encodeStateAsUpdate(document).byteLength, since: 0 };
    this.sizes.set(document, size);
    document.on('update', (update: Uint8Array) => {
      size.since += update.byteLength;
    });
  }

  /** True when an update of `bytes` bytes keeps the document within the limit. */
  admits(document: Document, bytes: number): boolean {
    const size = this.sizes.get(document);
    if (size === undefined) return true;
    if (size.exact + size.since + bytes <= this.limit) return true;
    size.exact = Y.encodeStateAsUpdate(document).byteLength;
    size.since = 0;
    return size.exact + bytes <= this.limit;
  }
}
