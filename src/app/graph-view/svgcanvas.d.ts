// Types for the parts of svgcanvas (MIT; a canvas 2D context that records SVG) used here.
declare module 'svgcanvas' {
  export class Context {
    constructor(options: { width: number; height: number; document?: Document; ctx?: CanvasRenderingContext2D });
    font: string;
    textAlign: CanvasTextAlign;
    textBaseline: CanvasTextBaseline;
    getSerializedSvg(fixNamedEntities?: boolean): string;
    /** The root <svg> element recorded so far. */
    getSvg(): SVGSVGElement;
    fillRect(x: number, y: number, w: number, h: number): void;
    fillStyle: string;
    translate(x: number, y: number): void;
    scale(x: number, y: number): void;
    /** Opens a <g> (and saves the drawing state); restore() closes it. */
    save(): void;
    restore(): void;
    beginPath(): void;
  }
}
