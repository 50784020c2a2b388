/**
 * The first minute: on an empty store, a "Load example reports" button and a "Paste a
 * report" box say how to start. The same box opens later from the toolbar.
 */
import { button, h } from './dom.ts';

/** A report a paste stored as new, and how many entities it brought. */
export interface PastedReport {
  id: string;
  entityCount: number;
}

/** What a paste did: the message to show, and the report it stored when it was new. */
export interface PasteOutcome {
  message: string;
  newReport: PastedReport | null;
}

export interface OnboardingActions {
  loadExamples(progress: (done: number, total: number) => void): Promise<void>;
  ingestText(text: string): Promise<PasteOutcome>;
  /** Delete a report just pasted (a mistake, or text with nothing to draw); says what happened. */
  removeReport(report: PastedReport): Promise<string>;
}

export function createOnboarding(root: HTMLElement, actions: OnboardingActions) {
  const progress = h('p', { className: 'progress', attrs: { id: 'onboarding-progress', role: 'status' } });
  const textarea = h('textarea', {
    attrs: { id: 'paste-report', rows: '8', placeholder: 'Paste an intelligence report or news article (headline, date line, body)…', 'aria-label': 'Report text' },
  });
  const heading = h('h2', { text: 'Start with some reports' });
  const intro = h('p', { text: 'The graph is empty. Load the example reports about Iran–Iraq ties, or paste a report of your own; the graph appears as soon as they are in.' });
  const load = button('Load example reports', () => void run(load, () => actions.loadExamples((d, t) => { progress.textContent = `Ingesting example reports: ${d} / ${t}`; })), {
    className: 'primary', attrs: { id: 'load-examples' },
  });
  let pasted: PastedReport | null = null;
  const remove = button('Remove this report', () => void run(remove, async () => {
    if (!pasted) return;
    progress.textContent = await actions.removeReport(pasted);
    offerRemoval(null);
  }), { attrs: { id: 'remove-report' } });
  const offerRemoval = (report: PastedReport | null) => { pasted = report; remove.hidden = report === null; };
  offerRemoval(null);
  const ingest = button('Ingest', () => {
    const text = textarea.value.trim();
    if (!text) { progress.textContent = 'Paste the text of a report first.'; return; }
    void run(ingest, async () => {
      offerRemoval(null);
      const outcome = await actions.ingestText(text);
      progress.textContent = outcome.message;
      offerRemoval(outcome.newReport);
      textarea.value = '';
    });
  }, { attrs: { id: 'ingest-report' } });
  const close = button('×', () => hide(), { className: 'close', attrs: { 'aria-label': 'Close' } });

  const box = h('div', { className: 'onboarding', attrs: { role: 'dialog', 'aria-labelledby': 'onboarding-title' } }, [
    close, heading, intro, load,
    h('label', { className: 'field-block', attrs: { for: 'paste-report' }, text: 'Paste a report' }), textarea, ingest, progress, remove,
  ]);
  heading.id = 'onboarding-title';
  root.append(box);
  root.hidden = true;
  // Esc closes the box as its × does (not on an empty store, where it is the way in).
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !close.hidden) {
      e.preventDefault();
      hide();
    }
  });
  /** Where focus was when the box opened, to give it back on close. */
  let opener: HTMLElement | null = null;

  async function run(trigger: HTMLButtonElement, task: () => Promise<void>) {
    trigger.disabled = true;
    try {
      await task();
    } catch (e) {
      progress.textContent = `Failed: ${(e as Error).message}`;
    } finally {
      trigger.disabled = false;
    }
  }
  function show(empty: boolean) {
    heading.textContent = empty ? 'Start with some reports' : 'Add a report';
    intro.hidden = !empty;
    load.hidden = false;
    close.hidden = empty;
    if (root.hidden) opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.hidden = false;
    (empty ? load : textarea).focus();
  }
  function hide() {
    const hadFocus = root.contains(document.activeElement);
    root.hidden = true;
    progress.textContent = '';
    offerRemoval(null);
    if (hadFocus) (opener?.isConnected ? opener : document.getElementById('cy'))?.focus();
    opener = null;
  }
  return { show, hide, get visible() { return !root.hidden; } };
}
