import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export interface Series {
  name: string;
  /** null: suppressed (no figure published). */
  values: (number | null)[];
}

/**
 * A bar or line chart (Apache ECharts, drawn as SVG). Screen readers get the label; the figures themselves are
 * in the table that always comes with a chart.
 */
export default function Chart({ kind, categories, series, label }: { kind: 'bar' | 'line'; categories: string[]; series: Series[]; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true, label: { description: label } },
      color: ['#00508a', '#b35c00', '#1e6b2f'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: kind === 'bar' ? { type: 'value' } : { type: 'category', data: categories },
      yAxis: kind === 'bar' ? { type: 'category', data: categories, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } } : { type: 'value' },
      series: series.map((one) => ({ name: one.name, type: kind, data: one.values.map((value) => value ?? '-'), connectNulls: false })),
      animation: false,
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [kind, categories, series, label]);
  const height = kind === 'bar' ? Math.max(200, categories.length * 28 + 60) : 320;
  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
