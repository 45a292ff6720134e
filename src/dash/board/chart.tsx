import UCharts from '@qiun/ucharts';
import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { role } from '../../utils/a11y';

export type ChartType = 'column' | 'bar' | 'line';

export interface ChartProps {
  /** 'column': vertical bars; 'bar': horizontal bars (a ranking, best on top); 'line': a trend. */
  type: ChartType;
  /** What the drawing shows, with its figures: the canvas's accessible name, read instead of the drawing. */
  label: string;
  categories: string[];
  values: number[];
  /** The series' name in the chart's tooltip (e.g. 受理数). */
  name: string;
  /** Called with the index of the category tapped. */
  onTap?: (index: number) => void;
}

/** The red of the app's theme (styles/mixins.scss $red). */
const RED = '#c8161d';
const weapp = process.env.TARO_ENV === 'weapp';
/** Canvas ids unique in the document: the H5 router keeps earlier pages (an earlier board) in it. */
let seq = 0;

interface Box {
  width: number;
  height: number;
}

/** Draws on a canvas node at the device's pixel ratio, the size of its box in CSS pixels. */
function draw(canvas: { width: number; height: number; getContext(kind: '2d'): unknown }, box: Box, p: ChartProps): UCharts {
  const dpr = Taro.getSystemInfoSync().pixelRatio || 1;
  canvas.width = Math.round(box.width * dpr);
  canvas.height = Math.round(box.height * dpr);
  return new UCharts({
    type: p.type,
    context: canvas.getContext('2d'),
    canvas2d: true,
    width: canvas.width,
    height: canvas.height,
    pixelRatio: dpr,
    categories: p.categories,
    series: [{ name: p.name, data: p.values, color: RED }],
    animation: false,
    background: '#FFFFFF',
    fontSize: 12,
    fontColor: '#4b5563',
    padding: [16, 16, 8, 8],
    legend: { show: false },
    dataLabel: true,
    // Horizontal bars put the categories on the y axis and the values, from 0, on the x axis.
    ...(p.type === 'bar'
      ? { xAxis: { boundaryGap: 'justify', min: 0, fontSize: 12, gridType: 'dash' }, yAxis: {} }
      : {
          xAxis: { disableGrid: true, fontSize: 12, rotateLabel: p.type === 'column' && p.categories.length > 4, boundaryGap: 'center' },
          yAxis: { gridType: 'dash', data: [{ min: 0 }] },
        }),
    extra: { column: { width: 28, activeBgOpacity: 0 }, bar: { width: 20, activeBgOpacity: 0 }, line: { type: 'straight', width: 2 } },
  });
}

/**
 * One chart drawn with uCharts on a 2D canvas, in WeChat (Canvas type="2d", its node from a selector query) and in
 * the browser (Taro's canvas element). The canvas is one image to a screen reader, named by `label`; the figures are
 * also on the page as text. A tap on a category calls `onTap` with its index.
 */
export default function Chart(props: ChartProps) {
  const { type, label, categories, onTap } = props;
  const [id] = useState(() => `dash-chart-${++seq}`);
  const chart = useRef<UCharts | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const height = type === 'bar' ? Math.max(160, 48 * categories.length + 48) : 220;
  const data = JSON.stringify([type, categories, props.values]);

  useEffect(() => {
    let live = true;
    // The canvas node exists once Taro has rendered this commit into the page.
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .select(`#${id}`)
        .boundingClientRect()
        .exec((res: [{ node?: Parameters<typeof draw>[0] } | null, Box | null]) => {
          const [canvas, box] = [res?.[0]?.node, res?.[1]];
          if (live && canvas && box?.width) chart.current = draw(canvas, box, props);
        });
    });
    return () => {
      live = false;
    };
    // Redrawn when the figures change, not on every render of the page.
  }, [id, data, height]);

  // The tap handlers read the latest chart and callback from here, so the canvas element itself never changes.
  const tap = useRef({ chart, onTap, count: categories.length });
  tap.current = { chart, onTap, count: categories.length };
  // Rendered once per size: Taro's H5 canvas clears its bitmap whenever it renders again.
  const canvas = useMemo(() => {
    const tapAt = (x: number, y: number) => {
      const { chart: drawn, onTap: open, count } = tap.current;
      const found = drawn.current?.getCurrentDataIndex({ changedTouches: [{ x, y }] }).index;
      if (open && typeof found === 'number' && found >= 0 && found < count) open(found);
    };
    // WeChat gives canvas touches in the canvas's own pixels; the browser a click in the viewport's.
    const events = weapp
      ? {
          onTouchStart: (e: any) => (start.current = e.touches?.[0] ?? null),
          onTouchEnd: (e: any) => {
            const [s, t] = [start.current, e.changedTouches?.[0]];
            if (s && t && Math.abs(t.x - s.x) < 10 && Math.abs(t.y - s.y) < 10) tapAt(t.x, t.y);
          },
        }
      : {
          onClick: (e: any) => {
            const box = (e.currentTarget ?? e.target).getBoundingClientRect();
            tapAt(e.clientX - box.left, e.clientY - box.top);
          },
        };
    return <Canvas type="2d" id={id} className="dash__canvas-node" style={{ height: `${height}px` }} data-testid="chart-canvas" {...events} />;
  }, [id, height]);
  return (
    <View className="dash__canvas" {...role('img')} aria-label={label}>
      {canvas}
    </View>
  );
}
