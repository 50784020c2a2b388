import { describe, expect, it } from 'vitest';
import { readDateline } from '../../server/ingest/dateline.ts';
import { decompose } from '../../server/ingest/decompose.ts';

const now = new Date('2030-01-01T00:00:00Z');

describe('readDateline', () => {
  it('reads "<Place>, <day> <Month> <year>" and "<Place>, <Month> <day>, <year>" before an em dash, en dash or hyphen', () => {
    expect(readDateline('Tehran, 3 March 2026 — The foreign ministers met.')).toMatchObject({ place: 'Tehran', date: '2026-03-03' });
    expect(readDateline('Tehran, March 3, 2026 – The foreign ministers met.')?.date).toBe('2026-03-03');
    expect(readDateline('BAGHDAD, March 3, 2026 - Iraq said.')).toMatchObject({ place: 'BAGHDAD', date: '2026-03-03' });
    expect(readDateline('Sulaymaniyah, 11 July 2025 (Reuters) — Fighters burned weapons.')?.date).toBe('2025-07-11');
  });

  it('reads nothing without a full date, a dash, or a place at the start', () => {
    expect(readDateline('Tehran, 3 March — The ministers met.')).toBeNull();
    expect(readDateline('Tehran, March 2026 — The ministers met.')).toBeNull();
    expect(readDateline('Tehran, 3 March 2026. The ministers met.')).toBeNull();
    expect(readDateline('Iran and Iraq, meeting on 3 March 2026 — talks went on.')).toBeNull();
    expect(readDateline('The ministers met in Tehran, 3 March 2026 — talks went on.')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(readDateline('Tehran, 31 February 2026 — The ministers met.')).toBeNull();
  });
});

describe('a dateline as the published date of a news article', () => {
  it('gives the date when the header has none, with no fallback warning', () => {
    const r = decompose('Foreign ministers meet in Tehran\nSource: Example Wire\n\nTehran, 3 March 2026 — The foreign ministers of Iran and Iraq met on Monday.', { now });
    expect(r.report.publishedOn).toBe('2026-03-03');
    expect(r.warnings).toEqual([]);
    // "on Monday" resolves against the dateline: 2026-03-03 is a Tuesday.
    expect(r.events.some((e) => e.date === '2026-03-02')).toBe(true);
  });

  it('keeps a short dateline line in the body, so its sentence is still read', () => {
    const r = decompose('Ministers meet\n\nTehran, March 3, 2026 — Iran and Iraq met.', { now });
    expect(r.report.publishedOn).toBe('2026-03-03');
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['location:tehran', 'country:IRN', 'country:IRQ']));
  });

  it('yields to an explicit header date', () => {
    const r = decompose('Ministers meet\nDate: 2026-03-05\n\nTehran, 3 March 2026 — The foreign ministers met.', { now });
    expect(r.report.publishedOn).toBe('2026-03-05');
  });

  it('is not taken from a date later in the body', () => {
    const r = decompose('Ministers meet\n\nThe foreign ministers met in Tehran on 3 March 2026 — a first.', { now });
    expect(r.report.publishedOn).toBe('2030-01-01');
    expect(r.warnings.join(' ')).toMatch(/no published date/);
  });
});
