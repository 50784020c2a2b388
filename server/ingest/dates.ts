/**
 * Dates in report text: absolute ("27 September 2024", "September 8, 2025", "2025-09-08"),
 * partial ("8 December", "in March") resolved against the report date, weekdays ("on
 * Monday") and relative phrases ("a day earlier", "the previous evening") resolved against
 * the last explicit date in the same sentence, else the report date.
 * All patterns are compiled once and are linear (no nested quantifiers).
 */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  /** YYYY-MM-DD; for month precision, the first of the month. */
  readonly date: string;
  readonly precision: 'day' | 'month';
  /** Resolved against an anchor rather than written out. */
  readonly relative: boolean;
  /** Introduced by "by", "until", "before": a deadline, not a happening. */
  readonly deadline: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));
const MONTH_ALT = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const DATE_RE = new RegExp(
  [
    String.raw`\b(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})\b`,
    String.raw`\b(?<dd>\d{1,2})(?:st|nd|rd|th)?(?:\s?[–-]\s?\d{1,2})?\s(?<dm>${MONTH_ALT})\.?(?:,?\s(?<dy>\d{4}))?\b`,
    String.raw`\b(?<mm>${MONTH_ALT})\.?\s(?<md>\d{1,2})(?:st|nd|rd|th)?\b(?!\d)(?:,?\s(?<my>\d{4})\b)?`,
    String.raw`\b(?<ym>${MONTH_ALT})\s(?<yy>\d{4})\b`,
    String.raw`\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s(?:early\s|late\s|mid-)?(?<om>January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]+\d)`,
    String.raw`\b[Oo]n\s(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
    String.raw`\b(?<rn>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\sdays?\s(?<rdir>earlier|before|later|after)\b`,
    String.raw`\b(?<prev>the\s(?:previous|preceding)\s(?:day|evening|night|morning)|the\sday\sbefore|yesterday|last\snight|the\s(?:following|next)\s(?:day|morning))\b`,
  ].join('|'),
  'g',
);

function pad(n: number): string { return n < 10 ? `0${n}` : String(n); }

/** Years a date may fall in; outside them a "date" is more likely an id or a typo. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

export function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < FIRST_YEAR || y > LAST_YEAR) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const addDaysCache = new Map<string, string>();
export function addDays(iso: string, days: number): string {
  const key = `${iso}|${days}`;
  let out = addDaysCache.get(key);
  if (out === undefined) {
    out = addDaysUncached(iso, days);
    if (addDaysCache.size < 50_000) addDaysCache.set(key, out);
  }
  return out;
}

function addDaysUncached(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

/** A day and month with no year: the anchor's year, or the year before when that would lie well after the anchor. */
function inferYear(month: number, day: number, anchor: string): string | null {
  const year = Number(anchor.slice(0, 4));
  const same = isoDate(year, month, day);
  if (same && same <= addDays(anchor, 14)) return same;
  return isoDate(year - 1, month, day) ?? same;
}

const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:[A-Za-z]+,?\s)?(\d{1,2})(?:st|nd|rd|th)?\s(${MONTH_ALT})\.?,?\s(\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^(?:[A-Za-z]+,?\s)?(${MONTH_ALT})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})`, 'i');

/** Parses a whole string as one date ("2025-09-08", "September 8, 2025", "8 Sept 2025"). */
export function parseDateString(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return isoDate(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return isoDate(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  return null;
}

/**
 * Why parseDateString refused a date written as YYYY-MM-DD ("2026-02-30 is not a calendar
 * date (February 2026 has 28 days)"), for a warning; null when `text` has another shape
 * (the caller then says which shapes it reads) or is a date after all.
 */
export function whyNotADate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text.trim());
  if (!m) return null;
  const [written, y, month, day] = [m[0], Number(m[1]), Number(m[2]), Number(m[3])];
  if (isoDate(y, month, day)) return null;
  if (month < 1 || month > 12) return `${written} is not a calendar date (months run 01 to 12)`;
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(y, month, 0); // not Date.UTC, which reads years 0-99 as 1900-1999
  const days = lastDay.getUTCDate();
  if (day < 1 || day > days) return `${written} is not a calendar date (${MONTH_NAMES[month - 1]} ${y} has ${days} days)`;
  return `${written} is outside the years ${FIRST_YEAR} to ${LAST_YEAR} that dates are read in`;
}

const DEADLINE_BEFORE = /\b(?:by|until|till|through|before|to)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$/i;

/** Date mentions in text[from, to), resolved against `anchor` (the report date, YYYY-MM-DD). */
/** Cheap pre-check: a date needs a digit, a month or weekday name, or a relative phrase. */
const MAYBE_DATE = /\d|uary|March|April|May|June|July|August|ber\b|day\b|night|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

export function findDates(text: string, from: number, to: number, anchor: string): DateMention[] {
  const out: DateMention[] = [];
  const slice = text.slice(from, to);
  if (!MAYBE_DATE.test(slice)) return out;
  let lastExplicit: string | null = null;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(slice); m !== null; m = DATE_RE.exec(slice)) {
    const g = m.groups ?? {};
    let date: string | null = null;
    let precision: 'day' | 'month' = 'day';
    let relative = false;
    if (g.iy) date = isoDate(Number(g.iy), Number(g.im), Number(g.id));
    else if (g.dm) date = g.dy ? isoDate(Number(g.dy), monthIndex(g.dm), Number(g.dd)) : inferYear(monthIndex(g.dm), Number(g.dd), anchor);
    else if (g.mm) date = g.my ? isoDate(Number(g.my), monthIndex(g.mm), Number(g.md)) : inferYear(monthIndex(g.mm), Number(g.md), anchor);
    else if (g.ym) { date = isoDate(Number(g.yy), monthIndex(g.ym), 1); precision = 'month'; }
    else if (g.om) { date = inferYear(monthIndex(g.om), 1, anchor); precision = 'month'; }
    else if (g.wd) {
      const base = lastExplicit ?? anchor;
      const diff = (new Date(`${base}T00:00:00Z`).getUTCDay() - WEEKDAYS.indexOf(g.wd.toLowerCase()) + 7) % 7;
      date = addDays(base, -diff); relative = true;
    } else if (g.rn) {
      const n = NUMBER_WORDS[g.rn] ?? Number(g.rn);
      const dir = g.rdir === 'later' || g.rdir === 'before' ? 1 : -1;
      if (lastExplicit || g.rdir === 'earlier' || g.rdir === 'later') { date = addDays(lastExplicit ?? anchor, dir * n); relative = true; }
    } else if (g.prev) {
      const forward = /following|next/.test(g.prev);
      date = addDays(lastExplicit ?? anchor, forward ? 1 : -1); relative = true;
    }
    if (!date) continue;
    const start = from + m.index;
    const deadline = DEADLINE_BEFORE.test(slice.slice(Math.max(0, m.index - 24), m.index));
    out.push({ start, end: start + m[0].length, date, precision, relative, deadline });
    if (!relative && precision === 'day') lastExplicit = date;
  }
  return out;
}
