/** The display-name election both stores share. */
import { describe, expect, it } from 'vitest';
import { electName } from '../../server/store/shared/elect-name.ts';

const n = (name: string, reports: number, firstSeq: number) => ({ name, reports, firstSeq });

describe('electName', () => {
  it('takes the most common name, a tie going to the one seen first', () => {
    expect(electName([n('Iraq', 3, 5), n('Republic of Iraq', 1, 1)])).toBe('Iraq');
    expect(electName([n('Baghdad', 2, 7), n('Bagdad', 2, 3)])).toBe('Bagdad');
  });

  it('adds up spellings that differ by accents or case before comparing names', () => {
    expect(electName([n('Recep Tayyip Erdoğan', 3, 1), n('Erdoğan', 2, 2), n('Erdogan', 2, 3)])).toBe('Erdoğan');
  });

  it('shows the most common spelling of the winning name, then the accented one, then the first seen', () => {
    expect(electName([n('Erdogan', 3, 4), n('Erdoğan', 1, 1)])).toBe('Erdogan');
    expect(electName([n('Erdogan', 1, 1), n('Erdoğan', 1, 9)])).toBe('Erdoğan');
    expect(electName([n('HAKIM', 1, 2), n('Hakim', 1, 1)])).toBe('Hakim');
  });

  it('has nothing to elect from no names', () => {
    expect(electName([])).toBeNull();
  });
});
