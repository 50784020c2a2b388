import { describe, expect, it } from 'vitest';
import { findDates, parseDateString } from '../../server/ingest/dates.ts';
import { normalizeName } from '../../server/ingest/normalize-name.ts';
import { findKnownPerson } from '../../server/ingest/resolve-entities.ts';
import { decompose } from '../../server/ingest/decompose.ts';

describe('normalizeName', () => {
  it('folds honorifics, al-/el-, diacritics, possessives and transliteration variants to one key', () => {
    expect(normalizeName('Seyye Ammar Hakim')).toBe(normalizeName('Ammar al-Hakim'));
    expect(normalizeName('Sayyid Ammar al-Hakim')).toBe(normalizeName('Ammar Hakim'));
    expect(normalizeName('Recep Tayyip Erdoğan')).toBe(normalizeName('Recep Tayyip Erdogan'));
    expect(normalizeName('Nuri al-Maliki')).toBe(normalizeName('Nouri al-Maliki'));
    expect(normalizeName('Qassim al-Araji')).toBe(normalizeName('Qasim al-Araji'));
    expect(normalizeName('Muhammad Shia’ Al Sudani')).toBe(normalizeName('Mohammed Shia al-Sudani'));
    expect(normalizeName('Larijani’s')).toBe(normalizeName('Larijani'));
  });

  it('names a known person as the report spells them when it only adds accents; an upper-case headline does not rename', () => {
    const article = (body: string) => decompose(`Talks in Ankara\nDate: 2025-04-22\n\n${body}\n`, { now: new Date('2025-04-23') });
    const person = (body: string) => article(body).entities.find((e) => e.id === 'person:recep-tayyip-erdogan');
    expect(person('Recep Tayyip Erdoğan met Iraqi officials.')).toMatchObject({ name: 'Recep Tayyip Erdoğan', aliases: [] });
    expect(person('Recep Tayyip Erdogan met Iraqi officials.')).toMatchObject({ name: 'Recep Tayyip Erdogan' });
    expect(person('RECEP TAYYIP ERDOGAN met Iraqi officials. Recep Tayyip Erdogan spoke.')?.name).toBe('Recep Tayyip Erdogan');
  });

  it('matches a misspelt known name fuzzily above the threshold, but not a different name', () => {
    expect(findKnownPerson(normalizeName('Hakan Fiddan'))?.name).toBe('Hakan Fidan');
    expect(findKnownPerson(normalizeName('Hakan Yilmaz'))).toBeNull();
  });
});

describe('dates in text', () => {
  const anchor = '2024-10-02';
  const dates = (s: string) => findDates(s, 0, s.length, anchor).map((d) => `${d.date}${d.precision === 'month' ? '~m' : ''}${d.deadline ? '!' : ''}`);

  it('reads whole dates in the usual styles', () => {
    expect(parseDateString('September 8, 2025')).toBe('2025-09-08');
    expect(parseDateString('8 September 2025')).toBe('2025-09-08');
    expect(parseDateString('2025-09-08')).toBe('2025-09-08');
    expect(parseDateString('2025-02-30')).toBeNull();
  });

  it('completes a day and month from the report date, falling back a year when it would lie ahead', () => {
    expect(dates('on 28 September')).toEqual(['2024-09-28']);
    expect(dates('on 30 December')).toEqual(['2023-12-30']);
    expect(dates('in July')).toEqual(['2024-07-01~m']);
  });

  it('resolves relative phrases against the last explicit date in the sentence', () => {
    expect(dates('declared mourning on 28 September 2024, after a strike the previous evening')).toEqual(['2024-09-28', '2024-09-27']);
    expect(dates('a day earlier')).toEqual(['2024-10-01']);
    expect(dates('on Monday')).toEqual(['2024-09-30']);
  });

  it('marks deadlines so they are not read as happenings', () => {
    expect(dates('will end by September 2025')).toEqual(['2025-09-01~m!']);
  });
});
