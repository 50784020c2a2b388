import { describe, expect, it } from 'vitest';
import { decompose } from '../../server/ingest/decompose.ts';
import { titleRunBefore } from '../../server/ingest/role-title.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { matchEntities } from '../eval/score.ts';

const now = new Date('2030-01-01T00:00:00Z');
const article = (body: string) => decompose(`Test article\nDate: 2025-03-04\n\n${body}`, { now });
const affiliationsOf = (body: string, person: string) => article(body).affiliations.filter((a) => a.person === person);

describe('the role is the run of title words directly before the name', () => {
  it('drops the conjunctions, prepositions and verbs before the title', () => {
    expect(titleRunBefore(' and National Security Adviser ')).toEqual({ role: 'national security adviser', rest: 'and' });
    expect(titleRunBefore(' and from Prime Minister ')).toEqual({ role: 'prime minister', rest: 'and from' });
    expect(titleRunBefore(' backs Foreign Minister ')).toEqual({ role: 'foreign minister', rest: 'backs' });
    expect(titleRunBefore(' side by parliament speaker ')).toEqual({ role: 'parliament speaker', rest: 'side by' });
  });

  it('keeps compound titles whole: "secretary of state", "armed forces chief", capitalised portfolios', () => {
    expect(titleRunBefore(' Secretary of State ').role).toBe('secretary of state');
    expect(titleRunBefore(' armed forces chief ').role).toBe('armed forces chief');
    expect(titleRunBefore(' Tourism Minister ').role).toBe('tourism minister');
  });

  it('names no role when the run has no office in it, and stops at punctuation', () => {
    expect(titleRunBefore(' said that ').role).toBeNull();
    expect(titleRunBefore(', President ').rest).toBe(',');
  });
});

describe('affiliations from "<Org|Country> <title> <Person>"', () => {
  it('does not give a person listed after "and" to the country before: each signs for the country after', () => {
    const body = 'Ali Shamkhani signed for Iran and Foreign Minister Fuad Hussein for Iraq on 2 March 2025.';
    expect(affiliationsOf(body, 'person:fuad-hussein')).toEqual([{ person: 'person:fuad-hussein', org: 'country:IRQ', role: 'foreign minister' }]);
  });

  it('does not give a person named after "and from" to the country before', () => {
    const body = 'The decision reflects pressure from Turkey and from President Masoud Pezeshkian.';
    expect(affiliationsOf(body, 'person:masoud-pezeshkian').map((a) => a.org)).not.toContain('country:TUR');
  });

  it('does not read "<Org> backs <title> <Person>" as membership', () => {
    const body = 'Hezbollah backs Prime Minister Mohammed Shia al-Sudani in the dispute with Iraq.';
    const orgs = affiliationsOf(body, 'person:mohammed-shia-al-sudani').map((a) => a.org);
    expect(orgs).not.toContain('organization:hezbollah');
  });

  it('links a group to the person who leads it: "delegation was headed by", "side by", "government of"', () => {
    const r = article('The Iraqi delegation was headed by Foreign Minister Fuad Hussein and the Turkish side by foreign minister Hakan Fidan. '
      + 'The Iraqi government of Prime Minister Mohammed Shia al-Sudani welcomed the talks.');
    expect(r.affiliations).toEqual(expect.arrayContaining([
      { person: 'person:fuad-hussein', org: 'country:IRQ', role: 'foreign minister' },
      { person: 'person:hakan-fidan', org: 'country:TUR', role: 'foreign minister' },
      { person: 'person:mohammed-shia-al-sudani', org: 'country:IRQ', role: 'prime minister' },
    ]));
  });

  it('leaves modifiers that are not part of the title out of the role', () => {
    expect(affiliationsOf('Iraq’s new premier Mohammed Shia al-Sudani flew to Tehran.', 'person:mohammed-shia-al-sudani'))
      .toEqual([{ person: 'person:mohammed-shia-al-sudani', org: 'country:IRQ', role: 'premier' }]);
    expect(affiliationsOf('Ali Larijani, newly appointed secretary of Iran’s Supreme National Security Council, arrived.', 'person:ali-larijani'))
      .toEqual([{ person: 'person:ali-larijani', org: 'organization:supreme-national-security-council-iran', role: 'secretary' }]);
  });

  it('reads compound titles and a bracketed acronym between the organization and the title', () => {
    expect(affiliationsOf('US Secretary of State Marco Rubio called Baghdad.', 'person:marco-rubio'))
      .toEqual([{ person: 'person:marco-rubio', org: 'country:USA', role: 'secretary of state' }]);
    expect(affiliationsOf('Islamic Revolutionary Guard Corps (IRGC) commander Esmail Qaani visited Baghdad.', 'person:esmail-qaani'))
      .toEqual([{ person: 'person:esmail-qaani', org: 'organization:islamic-revolutionary-guard-corps', role: 'commander' }]);
  });
});

describe('affiliations to organizations a person leads or owns', () => {
  it('reads "<Org>, led by <Person>", "<Org> under <Person>", "the <Org> of <Person>"', () => {
    const r = article('Asaib Ahl al-Haq, led by Qais al-Khazali, won seats. The Sadrist Movement under Muqtada al-Sadr boycotted the vote, '
      + 'and the Badr Organization of Hadi al-Amiri joined the talks.');
    expect(r.affiliations).toEqual(expect.arrayContaining([
      { person: 'person:qais-al-khazali', org: 'organization:asaib-ahl-al-haq', role: null },
      { person: 'person:muqtada-al-sadr', org: 'organization:sadrist-movement', role: null },
      { person: 'person:hadi-al-amiri', org: 'organization:badr-organization', role: null },
    ]));
  });

  it('reads "<Person>’s <Org>" and "<Person>, whose <Org>"', () => {
    const r = article('Nouri al-Maliki’s State of Law Coalition won 29 seats. Ammar al-Hakim, whose National State Forces Alliance won 18, stayed out.');
    expect(r.affiliations).toEqual(expect.arrayContaining([
      { person: 'person:nouri-al-maliki', org: 'organization:state-of-law-coalition', role: null },
      { person: 'person:ammar-al-hakim', org: 'organization:national-state-forces-alliance', role: null },
    ]));
  });

  it('does not make a person a national of a country "under" them', () => {
    expect(affiliationsOf('Sanctions on Iran under Donald Trump tightened.', 'person:donald-trump').map((a) => a.org)).not.toContain('country:IRN');
  });
});

describe('a title standing in for a name', () => {
  it('is not joined to a person whose stated office is a different one', () => {
    const r = article('Ali Larijani, secretary of Iran’s Supreme National Security Council, met Ali Akbar Velayati, an adviser to Iran’s supreme leader.');
    expect(r.affiliations.filter((a) => a.role === 'supreme leader')).toEqual([]);
    expect(r.entities.find((e) => e.id === 'person:ali-larijani')?.aliases).not.toContain('Iran’s supreme leader');
  });
});

describe('affiliations on the gold corpus', () => {
  const corpus = loadCorpus().map((c) => ({ ...c, report: decompose(c.text, { now, fileName: c.file }) }));
  const find = (file: string, person: string) => corpus.find((c) => c.file.startsWith(file))!.report.affiliations.filter((a) => a.person === person);

  it('dev-003: al-Araji, who signed "for Iraq", is Iraq’s national security adviser, not Iran’s', () => {
    expect(find('dev-003', 'person:qasim-al-araji')).toEqual([{ person: 'person:qasim-al-araji', org: 'country:IRQ', role: 'national security adviser' }]);
  });

  it('dev-008: al-Sudani, named after "pressure from Iran and from", is not affiliated with Iran', () => {
    expect(find('dev-008', 'person:mohammed-shia-al-sudani').map((a) => a.org)).not.toContain('country:IRN');
  });

  it('dev-025 and dev-028: roles are the titles, and "the KDP backs" is no membership', () => {
    expect(find('dev-025', 'person:fuad-hussein').map((a) => a.org)).not.toContain('organization:kurdistan-democratic-party');
    expect(find('dev-028', 'person:jd-vance')).toEqual([{ person: 'person:jd-vance', org: 'country:USA', role: 'vice president' }]);
    expect(find('dev-028', 'person:mohammad-bagher-qalibaf')).toEqual([{ person: 'person:mohammad-bagher-qalibaf', org: 'country:IRN', role: 'parliament speaker' }]);
  });

  it('every role in the corpus reads as a title: a whole title run, with no linking word or verb in it', () => {
    const roles = [...new Set(corpus.flatMap((c) => c.report.affiliations.map((a) => a.role)).filter((r): r is string => r !== null))];
    expect(roles.length).toBeGreaterThan(15);
    const linking = new Set(['the', 'a', 'an', 'its', 'and', 'from', 'by', 'for', 'to', 'with', 'was', 'were', 'led', 'backs', 'side', 'delegation', 'government', 'appointed', 'new']);
    for (const role of roles) {
      const words = role.split(' ');
      expect(titleRunBefore(` ${role} `), role).toEqual({ role, rest: '' });
      expect(words.filter((w) => linking.has(w)), role).toEqual([]);
    }
  });

  it('every affiliation that states a role names the organization or country the gold gives', () => {
    const wrong: string[] = [];
    for (const c of corpus) {
      const idOfGold = matchEntities(c.report.entities, c.gold.entities);
      const goldOf = new Map(c.gold.entities.filter((g) => g.affiliation && idOfGold.has(g.name)).map((g) => [idOfGold.get(g.name)!, idOfGold.get(g.affiliation!)]));
      for (const a of c.report.affiliations) {
        if (a.role && goldOf.has(a.person) && goldOf.get(a.person) !== a.org) wrong.push(`${c.file}: ${a.person} → ${a.org} (${a.role})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
