/** A canvas sized to its box at the screen's pixel density, drawn in CSS pixels. */

/** The 2D context of `canvas`, resized (if its box changed) and scaled so one unit is one CSS pixel. */
export function fitCanvas(canvas: HTMLCanvasElement, density = 1): { context: CanvasRenderingContext2D; width: number; height: number } | undefined {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const context = canvas.getContext('2d');
  if (context === null || width === 0 || height === 0) return undefined;
  const ratio = (globalThis.devicePixelRatio || 1) * density;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { context, width, height };
}
