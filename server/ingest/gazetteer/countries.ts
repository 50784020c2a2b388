/**
 * Country gazetteer derived from the world-countries data package (not a hand-typed
 * list): common and official names, alternative spellings, English demonyms and
 * capitals, keyed by ISO 3166-1 alpha-3.
 *
 * Design decisions:
 * - Only sovereign states (independent or UN members, plus Palestine and Kosovo): names of
 *   dependent territories ("Jersey", "Christmas Island") collide with ordinary words.
 * - Two-letter codes (IR, IQ, SA, IT...) are dropped: they collide with words and
 *   initials. Short all-caps forms ("US", "UK", "UAE") are kept and match case-sensitively,
 *   so "US" is the United States but "us" is a pronoun.
 * - PRESS_USAGE adds the few English names the package lacks but the press uses
 *   ("Turkey" for Türkiye, "America", "Britain").
 */
import worldCountries from 'world-countries';

export interface CountryEntry {
  readonly iso3: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

/** Display names where English press usage differs from the package's common name. */
const DISPLAY_NAME: Readonly<Record<string, string>> = { TUR: 'Turkey' };

const PRESS_USAGE: Readonly<Record<string, readonly string[]>> = {
  USA: ['U.S.', 'America', 'United States'],
  GBR: ['Britain', 'U.K.'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  ARE: ['UAE', 'U.A.E.'],
  PSE: ['Palestinian territories'],
  SYR: ['Syria'],
  KOR: ['South Korea'],
  PRK: ['North Korea'],
  NLD: ['the Netherlands'],
};

const CAPITAL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Washington D.C.': ['Washington', 'Washington, D.C.'],
  "Sana'a": ['Sanaa', 'Sana’a'],
};

interface RawCountry {
  name: { common: string; official: string };
  cca2: string; cca3: string; independent?: boolean | null; unMember?: boolean;
  altSpellings: string[]; capital?: string[]; demonyms?: { eng?: { f: string; m: string } };
}

const SOVEREIGN_EXTRA = new Set(['PSE', 'UNK', 'VAT', 'TWN']);

function buildCountries(): CountryEntry[] {
  const out: CountryEntry[] = [];
  for (const c of worldCountries as unknown as RawCountry[]) {
    if (!(c.independent || c.unMember || SOVEREIGN_EXTRA.has(c.cca3))) continue;
    const name = DISPLAY_NAME[c.cca3] ?? c.name.common;
    const aliases = new Set<string>([c.name.common, c.name.official, ...(PRESS_USAGE[c.cca3] ?? [])]);
    for (const alt of c.altSpellings) {
      if (alt.length <= 2 || alt === c.cca2) continue;
      // Keep Latin-script spellings only; native scripts never appear in English reports.
      if (!/^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u.test(alt) || alt.includes(',')) continue;
      aliases.add(alt);
    }
    if (c.cca3 === 'USA') aliases.add('US');
    if (c.cca3 === 'GBR') aliases.add('UK');
    aliases.delete(name);
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
    const capitals: string[] = [];
    for (const cap of c.capital ?? []) capitals.push(cap, ...(CAPITAL_ALIASES[cap] ?? []));
    out.push({ iso3: c.cca3, name, aliases: [...aliases], demonyms, capitals });
  }
  return out;
}

export const COUNTRIES: readonly CountryEntry[] = buildCountries();
