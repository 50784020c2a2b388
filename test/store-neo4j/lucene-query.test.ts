import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../server/store/neo4j/search.ts';

describe('luceneQuery', () => {
  it('turns words into prefix-or-fuzzy clauses that must all match', () => {
    expect(luceneQuery('Ali Larijani')).toBe('(ali OR ali*) AND (larijani OR larijani* OR larijani~1)');
  });

  it('drops Lucene syntax from user text instead of passing it through', () => {
    expect(luceneQuery('MATCH (n)')).toBe('(match OR match* OR match~1) AND (n OR n*)');
    expect(luceneQuery('(*')).toBeNull();
    expect(luceneQuery('a:b OR "c" AND NOT d~2^3 \\ /x/')).not.toMatch(/[:"~^\\/]\w*\s*\)?$|"|\^|\//);
  });

  it('keeps letters of any script', () => {
    expect(luceneQuery('لاريجاني')).toContain('لاريجاني*');
  });
});
