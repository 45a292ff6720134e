/** The part of uCharts (@qiun/ucharts, shipped without types) the dashboard uses. */
declare module '@qiun/ucharts' {
  export interface UChartsOptions {
    type: 'column' | 'bar' | 'line';
    /** A 2D context: the canvas node's in WeChat (Canvas type="2d") and in the browser. */
    context: unknown;
    canvas2d?: boolean;
    /** Device pixels; the library scales its fonts and lines by `pixelRatio` itself. */
    width: number;
    height: number;
    pixelRatio: number;
    categories: string[];
    series: { name: string; data: number[]; color?: string }[];
    [option: string]: unknown;
  }

  export default class UCharts {
    constructor(options: UChartsOptions);
    /** The category under a touch point given in CSS pixels of the canvas (`x`, `y`); -1 when none. */
    getCurrentDataIndex(event: { changedTouches: { x: number; y: number }[] }): { index: number | number[] };
  }
}
