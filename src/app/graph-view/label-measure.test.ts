import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZE, LABEL_MAX_WIDTH } from './cy-style';
import { estimateWidth, labelBox, labelFont } from './label-measure';

describe('label boxes', () => {
  it('wraps a long label at the renderer width, one line per wrap', () => {
    const oneLine = labelBox(() => 10, 'Russia');
    const wrapped = labelBox((text) => text.length * 8, 'Islamic State Khorasan Province of Afghanistan');
    expect(wrapped.height).toBeGreaterThan(oneLine.height * 2);
    expect(wrapped.width).toBeLessThanOrEqual(LABEL_MAX_WIDTH + 4);
  });

  it('measures with the injected measurer in the label font, and estimates without one', () => {
    const fonts: string[] = [];
    labelBox((_t, font) => (fonts.push(font), 10), 'Taliban');
    expect(fonts[0]).toBe(labelFont());
    expect(labelBox(() => null, 'Taliban').width).toBeCloseTo(estimateWidth('Taliban', labelFont())! + 4);
    expect(estimateWidth('abcd', labelFont(LABEL_FONT_SIZE * 2))).toBeCloseTo(2 * estimateWidth('abcd', labelFont())!);
  });
});
