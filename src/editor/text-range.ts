/** A range of the document, as offsets: `from` inclusive, `to` exclusive. */
export interface TextRange {
  readonly from: number;
  readonly to: number;
}
