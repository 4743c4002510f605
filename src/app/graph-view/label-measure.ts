// Label boxes for layouts (which keep labels apart) and for the big labels at scale (which must
// not cover each other). Measured with the renderer's canvas font; the measurer is injectable so
// that the layouts are the same in Node as in the browser's fallback.
import { LABEL_FONT_FAMILY, LABEL_FONT_SIZE, LABEL_FONT_WEIGHT, LABEL_LINE_HEIGHT, LABEL_MARGIN, LABEL_MAX_WIDTH, LABEL_PADDING } from './cy-style';

/** Width in px of `text` drawn in the CSS `font`; null when it cannot be measured. */
export type TextMeasurer = (text: string, font: string) => number | null;

export interface Box {
  width: number;
  height: number;
}

/** Without a canvas: an average glyph width for the font size. */
export const estimateWidth: TextMeasurer = (text, font) => text.length * (Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1]) || LABEL_FONT_SIZE) * 0.58;

export function labelFont(fontSize = LABEL_FONT_SIZE, weight: number = LABEL_FONT_WEIGHT): string {
  return `${weight} ${fontSize}px ${LABEL_FONT_FAMILY}`;
}

/** Width and height of a wrapped node label as the renderer wraps it (LABEL_MAX_WIDTH per line). */
export function labelBox(measure: TextMeasurer, text: string, fontSize = LABEL_FONT_SIZE, weight: number = LABEL_FONT_WEIGHT): Box {
  const font = labelFont(fontSize, weight);
  const width = (s: string): number => measure(s, font) ?? estimateWidth(s, font) ?? 0;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > LABEL_MAX_WIDTH) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return {
    width: Math.max(...lines.map(width)) + 2 * LABEL_PADDING,
    height: lines.length * fontSize * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING + LABEL_MARGIN,
  };
}

/** Label boxes per actor, measured once per graph. */
export class LabelBoxes {
  private readonly boxes = new Map<string, Box>();
  constructor(
    private readonly measure: TextMeasurer,
    private readonly labelOf: (id: string) => string,
    private readonly fontSize = LABEL_FONT_SIZE,
    private readonly weight: number = LABEL_FONT_WEIGHT,
  ) {}

  of(id: string): Box {
    let box = this.boxes.get(id);
    if (!box) this.boxes.set(id, (box = labelBox(this.measure, this.labelOf(id), this.fontSize, this.weight)));
    return box;
  }
}
