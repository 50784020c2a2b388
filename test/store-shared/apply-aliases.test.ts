import { describe, expect, it } from 'vitest';
import { aliasKey, aliasKeysOf, applyAliases } from '../../server/store/shared/apply-aliases.ts';
import { eventId } from '../../server/ingest/ids.ts';
import { buildReport, E, renameEntity } from '../store-contract/fixtures.ts';

const SPEAKER = 'person:the-speaker';
/** A report naming Larijani twice over: by name, and as "the Speaker" (which the decomposer keyed apart). */
function bothNames() {
  const base = buildReport({
    id: 'report:both', title: 'Both names', publishedOn: '2025-07-01', source: null, entities: [E.IRQ, E.HAK, E.LAR],
    ties: [{ a: E.HAK, b: E.IRQ, polarity: 2, date: '2025-07-01' }, { a: E.HAK, b: E.LAR, polarity: 4, date: '2025-07-01' }],
    events: [{ id: 'event:x', date: '2025-07-01', kind: 'cooperation', polarity: 3, summary: 'Meeting', actors: [E.HAK, E.LAR] }],
  });
  // Hakim's slot becomes "the Speaker", beside Larijani by name.
  return renameEntity(base, E.HAK, SPEAKER, 'the Speaker');
}

describe('applyAliases', () => {
  const owners = new Map([[aliasKey('Person', 'The Speaker'), E.LAR]]);

  it('keys aliases by kind and by name without case or accents', () => {
    expect(aliasKey('Person', '  Áli LARIJANI ')).toBe(aliasKey('Person', 'ali larijani'));
    expect(aliasKey('Person', 'Ali Larijani')).not.toBe(aliasKey('Organization', 'Ali Larijani'));
    expect(aliasKeysOf([bothNames()])).toContain(aliasKey('Person', 'the speaker'));
  });

  it('gives the aliased entity the owner id, combining it with the owner where the report names both', () => {
    const r = bothNames();
    const lar = r.entities.find((e) => e.id === E.LAR)!;
    const speaker = r.entities.find((e) => e.id === SPEAKER)!;
    const out = applyAliases(r, owners);
    expect(out.entities.map((e) => e.id).sort()).toEqual([E.IRQ, E.LAR].sort());
    expect(out.entities.find((e) => e.id === E.LAR)).toMatchObject({
      name: lar.name,
      mentions: { count: lar.mentions.count + speaker.mentions.count, firstOffset: Math.min(lar.mentions.firstOffset, speaker.mentions.firstOffset) },
    });
    expect(out.entities.find((e) => e.id === E.LAR)!.aliases).toContain('the Speaker');
    // the Speaker–Larijani tie joins one actor to itself: gone; the Speaker–Iraq tie is Larijani's
    expect(out.ties.map((t) => [t.a, t.b])).toEqual([[E.LAR, E.IRQ]]);
    expect(out.events[0]!.actors).toEqual([E.LAR]);
    // its id derived again from the actors it now has, as the decomposer derives it
    expect(out.events[0]!.id).toBe(eventId('2025-07-01', 'cooperation', [E.LAR]));
    expect(r.entities.map((e) => e.id)).toContain(SPEAKER); // the input is not changed
  });

  it('keeps one tie where one sentence tied both names to the same counterpart', () => {
    const r = bothNames();
    const toIraq = r.ties.find((t) => t.a === SPEAKER || t.b === SPEAKER)!;
    // "The Speaker and Ali Larijani thanked Iraq": one sentence, one tie per name
    const twice = { ...r, ties: [{ ...toIraq, a: SPEAKER, b: E.IRQ }, { ...toIraq, a: E.LAR, b: E.IRQ }] };
    expect(applyAliases(twice, owners).ties.map((t) => [t.a, t.b, t.start])).toEqual([[E.LAR, E.IRQ, toIraq.start]]);
  });

  it('matches the name an entity goes by in the report, not its other surface forms', () => {
    const r = bothNames();
    const speaker = r.entities.find((e) => e.id === SPEAKER)!;
    const withForm = { ...r, entities: r.entities.map((e) => (e.id === E.IRQ ? { ...e, aliases: [...e.aliases, 'The Speaker'] } : e)) };
    expect(applyAliases(withForm, new Map([[aliasKey('Country', 'The Speaker'), 'country:XXX']]))).toBe(withForm);
    expect(speaker.name).toBe('the Speaker');
  });

  it('leaves a report alone when no name is an alias of its kind', () => {
    const r = bothNames();
    expect(applyAliases(r, new Map([[aliasKey('Organization', 'The Speaker'), E.PMF]]))).toBe(r);
    expect(applyAliases(r, new Map())).toBe(r);
  });
});
