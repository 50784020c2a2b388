/**
 * The time window: two range inputs over the months the data covers, and a play button
 * that slides the window forward one month at a time. The full range means no window.
 */
import type { TimeWindow } from '../api/types.ts';
import { monthEnd, monthsBetween, monthStart } from '../controller/months.ts';
import { button, h, section } from './dom.ts';

const STEP_MS = 1200;
const PLAY_WIDTH_MONTHS = 3;

export function createTimeSlider(root: HTMLElement, onChange: (w: TimeWindow) => void) {
  let months: string[] = [];
  const from = h('input', { attrs: { type: 'range', id: 'time-from', min: '0', max: '0', step: '1', 'aria-label': 'Window start month' } });
  const to = h('input', { attrs: { type: 'range', id: 'time-to', min: '0', max: '0', step: '1', 'aria-label': 'Window end month' } });
  const label = h('output', { className: 'time-label', attrs: { id: 'time-label', for: 'time-from time-to' } });
  let timer: ReturnType<typeof setInterval> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const play = button('▶ Play', () => (timer ? stop() : start()), { attrs: { id: 'time-play', 'aria-pressed': 'false' } });
  const reset = button('All dates', () => { stop(); setIndexes(0, months.length - 1); emit(); }, { className: 'link' });

  const indexes = () => [Number(from.value), Number(to.value)] as const;
  const current = (): TimeWindow => {
    const [i, j] = indexes();
    if (months.length === 0 || (i === 0 && j === months.length - 1)) return { from: null, to: null };
    return { from: monthStart(months[i]!), to: monthEnd(months[j]!) };
  };
  const render = () => {
    const [i, j] = indexes();
    label.textContent = months.length ? `${months[i]} – ${months[j]}` : 'No dated evidence yet';
  };
  const setIndexes = (i: number, j: number) => {
    from.value = String(Math.max(0, Math.min(i, j)));
    to.value = String(Math.min(months.length - 1, Math.max(i, j)));
    render();
  };
  const emit = () => onChange(current());

  function start() {
    if (months.length < 2) return;
    let [i, j] = indexes();
    if (i === 0 && j === months.length - 1) { j = Math.min(PLAY_WIDTH_MONTHS - 1, months.length - 1); }
    const width = j - i;
    if (j >= months.length - 1) { i = 0; j = width; }
    setIndexes(i, j);
    emit();
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      const [a, b] = indexes();
      if (b >= months.length - 1) return stop();
      setIndexes(a + 1, b + 1);
      emit();
    }, STEP_MS);
  }
  function stop() {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  }

  for (const input of [from, to]) {
    input.addEventListener('input', () => {
      if (Number(from.value) > Number(to.value)) (input === from ? to : from).value = input.value;
      render();
      clearTimeout(debounce);
      debounce = setTimeout(emit, 200);
    });
  }

  root.append(section('Time', [
    h('div', { className: 'time-ranges' }, [from, to]),
    h('div', { className: 'time-row' }, [label, play, reset]),
  ], 'panel time'));

  return {
    /** Sets the months the slider spans from the data's first and last dates. */
    setRange(first: string | null, last: string | null, window: TimeWindow): void {
      months = first && last ? monthsBetween(first, last) : [];
      for (const input of [from, to]) input.max = String(Math.max(0, months.length - 1));
      this.setWindow(window);
    },
    /** Shows a window chosen elsewhere (URL, a timeline bucket). */
    setWindow(window: TimeWindow): void {
      const i = window.from ? months.indexOf(window.from.slice(0, 7)) : 0;
      const j = window.to ? months.indexOf(window.to.slice(0, 7)) : months.length - 1;
      setIndexes(i < 0 ? 0 : i, j < 0 ? months.length - 1 : j);
    },
    stop,
  };
}

export type TimeSlider = ReturnType<typeof createTimeSlider>;
