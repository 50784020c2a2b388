/**
 * Ties over time for the selected pair: a uPlot chart of the monthly tie timeline (all
 * evidence, cooperation, conflict) and the events behind it. Clicking a bucket (or its
 * button in the list, from the keyboard) narrows the graph to that month.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelineBucket } from '../api/types.ts';
import { POLARITY_COLORS } from '../style/cy-style.ts';
import { button, clear, h, section } from './dom.ts';
import { monthAxisRange } from './month-axis.ts';

export interface TimelineChartOptions {
  onPickBucket(start: string): void;
}

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

export function createTimelineChart(root: HTMLElement, options: TimelineChartOptions) {
  const title = h('p', { className: 'hint', text: 'Select an edge to see how that tie moved month by month.' });
  const plotHost = h('div', { className: 'timeline-plot', attrs: { id: 'timeline-plot' } });
  const list = h('ol', { className: 'timeline-buckets', attrs: { id: 'timeline-buckets' } });
  const panel = section('Ties over time', [title, plotHost, list], 'panel timeline');
  // Shown while an edge is selected.
  panel.hidden = true;
  root.append(panel);
  let plot: uPlot | null = null;

  const bars = uPlot.paths.bars?.({ size: [0.7, 24], align: 0 });

  return {
    clear(): void {
      plot?.destroy();
      plot = null;
      clear(list);
      title.textContent = 'Select an edge to see how that tie moved month by month.';
      panel.hidden = true;
    },

    show(pair: string, buckets: TimelineBucket[]): void {
      plot?.destroy();
      plot = null;
      clear(list);
      panel.hidden = false;
      title.textContent = buckets.length ? pair : `${pair}: no sentence links the two, so there is no tie to chart.`;
      if (buckets.length === 0) return;
      const data: uPlot.AlignedData = [
        buckets.map((b) => toSeconds(b.start)),
        buckets.map((b) => b.count),
        buckets.map((b) => b.cooperation),
        buckets.map((b) => b.conflict),
      ];
      plot = new uPlot({
        width: Math.max(240, plotHost.clientWidth || 300),
        height: 170,
        legend: { show: true },
        cursor: { points: { show: false }, drag: { x: false, y: false } },
        // From the buckets, not uPlot's min/max: for a single point uPlot passes a max 1000 days on.
        scales: { x: { time: true, range: () => monthAxisRange(data[0][0]!, data[0][data[0].length - 1]!) }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{ space: 50 }, { size: 30, incrs: [1, 2, 5, 10, 20, 50] }],
        series: [
          {},
          { label: 'all', stroke: '#374151', width: 1.5, points: { show: true, size: 5 } },
          { label: 'cooperation', stroke: POLARITY_COLORS.cooperation, fill: POLARITY_COLORS.cooperation + '99', paths: bars },
          { label: 'conflict', stroke: POLARITY_COLORS.conflict, fill: POLARITY_COLORS.conflict + '99', paths: bars },
        ],
      }, data, plotHost);
      const chart = plot;
      chart.over.addEventListener('click', () => {
        const i = chart.cursor.idx;
        const bucket = i === null || i === undefined ? undefined : buckets[i];
        if (bucket) options.onPickBucket(bucket.start);
      });
      for (const b of [...buckets].reverse()) {
        list.append(h('li', { className: 'bucket' }, [
          button(b.start.slice(0, 7), () => options.onPickBucket(b.start), { className: 'link', attrs: { title: 'Narrow the graph to this month', 'data-start': b.start } }),
          h('span', { className: 'muted', text: ` ${b.count} evidence · ${b.cooperation} coop · ${b.conflict} conflict` }),
          h('ul', { className: 'plain events' }, b.events.map((e) =>
            h('li', { className: `event ${e.polarity > 0 ? 'coop' : e.polarity < 0 ? 'conflict' : 'neutral'}` }, [
              h('span', { className: 'muted', text: `${e.date} ${e.kind}: ` }), h('span', { text: e.summary }),
            ]))),
        ]));
      }
    },
  };
}

export type TimelineChart = ReturnType<typeof createTimelineChart>;
