/**
 * Regional place gazetteer, kept as data: cities, provinces, regions, seas, straits,
 * rivers, bases, nuclear and oil sites that reports on the Middle East name. World
 * capitals come from world-countries (see countries.ts) and are not repeated here.
 *
 * Design decisions:
 * - Names are the usual English press spelling; transliteration variants are aliases.
 * - Generic words that are also places ("Gulf") are listed only in their full form
 *   ("Persian Gulf", "Gulf of Aden") so ordinary prose does not match.
 */
export type LocationCategory = 'city' | 'region' | 'water' | 'base' | 'site' | 'field' | 'port' | 'continent' | 'crossing';

export interface LocationEntry {
  readonly name: string;
  readonly category: LocationCategory;
  readonly country?: string;
  readonly aliases?: readonly string[];
}

const city = (name: string, country: string, ...aliases: string[]): LocationEntry => ({ name, category: 'city', country, aliases });
const region = (name: string, country: string | undefined, ...aliases: string[]): LocationEntry =>
  (country ? { name, category: 'region', country, aliases } : { name, category: 'region', aliases });

export const LOCATIONS: readonly LocationEntry[] = [
  // Iraq: regions, provinces, cities, towns
  region('Kurdistan Region', 'IRQ', 'Kurdistan Region of Iraq', 'Iraqi Kurdistan', 'Kurdistan region'),
  region('Anbar', 'IRQ', 'Anbar province', 'al-Anbar'), region('Nineveh', 'IRQ', 'Ninawa', 'Nineveh Plains'),
  region('Salahuddin', 'IRQ', 'Salah al-Din', 'Saladin'), region('Diyala', 'IRQ'), region('Babil', 'IRQ', 'Babylon province'),
  region('Wasit', 'IRQ'), region('Maysan', 'IRQ'), region('Dhi Qar', 'IRQ'), region('Muthanna', 'IRQ'), region('Qadisiyah', 'IRQ'),
  region('Sinjar', 'IRQ', 'Shingal'), region('Halabja', 'IRQ'), region('Duhok', 'IRQ', 'Dohuk'),
  city('Baghdad', 'IRQ'), city('Basra', 'IRQ', 'Basrah'), city('Mosul', 'IRQ'), city('Erbil', 'IRQ', 'Arbil', 'Hawler'),
  city('Kirkuk', 'IRQ'), city('Sulaymaniyah', 'IRQ', 'Sulaimaniyah', 'Suleimaniyah', 'Slemani'), city('Najaf', 'IRQ'),
  city('Karbala', 'IRQ', 'Kerbala'), city('Fallujah', 'IRQ', 'Falluja'), city('Ramadi', 'IRQ'), city('Tikrit', 'IRQ'),
  city('Samarra', 'IRQ'), city('Baqubah', 'IRQ', 'Baquba'), city('Kut', 'IRQ'), city('Amarah', 'IRQ'), city('Nasiriyah', 'IRQ'),
  city('Hillah', 'IRQ'), city('Diwaniyah', 'IRQ'), city('Samawah', 'IRQ'), city('Zakho', 'IRQ'), city('Koya', 'IRQ', 'Koysinjaq'),
  city('Dukan', 'IRQ', 'Dokan'), city('Ranya', 'IRQ'), city('Penjwen', 'IRQ'), city('Chamchamal', 'IRQ'),
  city('Dibis', 'IRQ', 'Dibs'), city('Tuz Khurmatu', 'IRQ'), city('Tal Afar', 'IRQ'), city('Jurf al-Sakhar', 'IRQ', 'Jurf al-Nasr'),
  city('Al-Qaim', 'IRQ', 'al-Qaim', 'Qaim'), city('Rutba', 'IRQ'), city('Haditha', 'IRQ'), city('Umm Qasr', 'IRQ'),
  city('Faw', 'IRQ', 'al-Faw'), city('Zubair', 'IRQ'), city('Makhmour', 'IRQ'), city('Qandil', 'IRQ', 'Qandil Mountains'),
  { name: 'Grand Faw Port', category: 'port', country: 'IRQ', aliases: ['Grand Faw port', 'al-Faw Grand Port'] },
  { name: 'Ain al-Asad', category: 'base', country: 'IRQ', aliases: ['Ain al-Asad Air Base', 'Al Asad Airbase', 'Ain al-Assad'] },
  { name: 'Harir Air Base', category: 'base', country: 'IRQ', aliases: ['Harir air base', 'Harir base', 'Harir'] },
  { name: 'Victory Base Complex', category: 'base', country: 'IRQ', aliases: ['Camp Victory'] },
  { name: 'Green Zone', category: 'region', country: 'IRQ', aliases: ['International Zone'] },
  { name: 'Baghdad International Airport', category: 'site', country: 'IRQ' },
  { name: 'Erbil International Airport', category: 'site', country: 'IRQ' },
  { name: 'Rumaila', category: 'field', country: 'IRQ', aliases: ['Rumaila oil field', 'Rumaila field'] },
  { name: 'West Qurna', category: 'field', country: 'IRQ' }, { name: 'Majnoon', category: 'field', country: 'IRQ' },
  { name: 'Khor Mor', category: 'field', country: 'IRQ', aliases: ['Khor Mor gas field'] },
  { name: 'Mansuriya', category: 'field', country: 'IRQ' }, { name: 'Akkas', category: 'field', country: 'IRQ' },
  { name: 'Baiji', category: 'site', country: 'IRQ', aliases: ['Baiji refinery'] },
  { name: 'al-Hol', category: 'site', country: 'SYR', aliases: ['al-Hol camp', 'Al-Hol', 'al-Hawl'] },
  { name: 'Mosul Dam', category: 'site', country: 'IRQ' },
  // Iran
  city('Tehran', 'IRN', 'Teheran'), city('Mashhad', 'IRN'), city('Isfahan', 'IRN', 'Esfahan'), city('Shiraz', 'IRN'),
  city('Tabriz', 'IRN'), city('Qom', 'IRN', 'Ghom'), city('Ahvaz', 'IRN', 'Ahwaz'), city('Kerman', 'IRN'), city('Kermanshah', 'IRN'),
  city('Bandar Abbas', 'IRN'), city('Bushehr', 'IRN'), city('Chabahar', 'IRN'), city('Zahedan', 'IRN'), city('Urmia', 'IRN'),
  city('Sanandaj', 'IRN'), city('Mehran', 'IRN'), city('Ilam', 'IRN'), city('Abadan', 'IRN'), city('Khorramshahr', 'IRN'),
  city('Yazd', 'IRN'), city('Arak', 'IRN'), city('Karaj', 'IRN'), city('Rasht', 'IRN'), city('Hamadan', 'IRN'),
  region('Khuzestan', 'IRN'), region('Sistan and Baluchestan', 'IRN', 'Sistan-Baluchestan'), region('Iranian Kurdistan', 'IRN'),
  { name: 'Natanz', category: 'site', country: 'IRN' }, { name: 'Fordow', category: 'site', country: 'IRN', aliases: ['Fordo'] },
  { name: 'Parchin', category: 'site', country: 'IRN' }, { name: 'Bushehr nuclear plant', category: 'site', country: 'IRN' },
  { name: 'Kharg Island', category: 'port', country: 'IRN', aliases: ['Kharg'] },
  { name: 'South Pars', category: 'field', country: 'IRN', aliases: ['South Pars gas field'] },
  { name: 'Evin prison', category: 'site', country: 'IRN', aliases: ['Evin Prison'] },
  // Syria
  city('Aleppo', 'SYR'), city('Homs', 'SYR'), city('Hama', 'SYR'), city('Latakia', 'SYR'), city('Tartus', 'SYR'), city('Idlib', 'SYR'),
  city('Deir ez-Zor', 'SYR', 'Deir ez-Zour', 'Deir al-Zour'), city('Raqqa', 'SYR'), city('Hasakah', 'SYR', 'al-Hasakah'),
  city('Qamishli', 'SYR'), city('Albu Kamal', 'SYR', 'Abu Kamal', 'Bukamal'), city('Daraa', 'SYR'), city('Palmyra', 'SYR'),
  city('Kobani', 'SYR'), city('Manbij', 'SYR'),
  { name: 'Al-Tanf', category: 'base', country: 'SYR', aliases: ['al-Tanf', 'Tanf'] },
  { name: 'Golan Heights', category: 'region', country: 'SYR', aliases: ['Golan'] },
  { name: 'Hmeimim', category: 'base', country: 'SYR', aliases: ['Hmeimim Air Base', 'Khmeimim'] },
  // Lebanon
  city('Sidon', 'LBN', 'Saida'), city('Tyre', 'LBN'), city('Baalbek', 'LBN'), city('Nabatieh', 'LBN'),
  region('Bekaa Valley', 'LBN', 'Bekaa'), region('Dahiyeh', 'LBN', 'Dahieh'), region('South Lebanon', 'LBN', 'southern Lebanon'),
  { name: 'Litani River', category: 'water', country: 'LBN', aliases: ['Litani'] },
  { name: 'Blue Line', category: 'crossing', country: 'LBN' },
  // Israel and Palestinian territories
  city('Tel Aviv', 'ISR'), city('Haifa', 'ISR'), city('Eilat', 'ISR'), city('Beersheba', 'ISR'), city('Ashkelon', 'ISR'),
  region('Gaza', 'PSE', 'Gaza Strip'), region('West Bank', 'PSE'), city('Rafah', 'PSE'), city('Khan Younis', 'PSE'), city('Jenin', 'PSE'),
  { name: 'Ben Gurion Airport', category: 'site', country: 'ISR', aliases: ['Ben-Gurion Airport', 'Ben Gurion International Airport'] },
  { name: 'Nevatim', category: 'base', country: 'ISR', aliases: ['Nevatim Air Base'] },
  { name: 'Dimona', category: 'site', country: 'ISR' },
  // Gulf, Yemen, Jordan, Egypt
  city('Jeddah', 'SAU'), city('Mecca', 'SAU', 'Makkah'), city('Medina', 'SAU'), city('Dhahran', 'SAU'), city('Dubai', 'ARE'),
  city('Aden', 'YEM'), city('Hodeidah', 'YEM', 'Hudaydah', 'Hodeida'), city('Marib', 'YEM'), city('Taiz', 'YEM'), city('Saada', 'YEM'),
  city('Aqaba', 'JOR'), city('Zarqa', 'JOR'), city('Alexandria', 'EGY'), city('Sharm el-Sheikh', 'EGY'), city('Port Said', 'EGY'),
  city('Davos', 'CHE'), city('Geneva', 'CHE'), city('Vienna', 'AUT'), city('Istanbul', 'TUR'), city('Sochi', 'RUS'),
  { name: 'Al Udeid Air Base', category: 'base', country: 'QAT', aliases: ['Al Udeid', 'al-Udeid', 'Al-Udeid Air Base'] },
  { name: 'Muwaffaq Salti Air Base', category: 'base', country: 'JOR' },
  { name: 'Camp Arifjan', category: 'base', country: 'KWT' },
  { name: 'Abqaiq', category: 'site', country: 'SAU' },
  { name: 'Ras Tanura', category: 'port', country: 'SAU' },
  { name: 'Fujairah', category: 'port', country: 'ARE' },
  { name: 'Socotra', category: 'region', country: 'YEM' },
  { name: 'Sinai', category: 'region', country: 'EGY', aliases: ['Sinai Peninsula'] },
  // Turkey
  city('Ceyhan', 'TUR'), city('Diyarbakir', 'TUR', 'Diyarbakır'), city('Gaziantep', 'TUR'), city('Sirnak', 'TUR', 'Şırnak'),
  city('Hakkari', 'TUR'), city('Mersin', 'TUR'), city('Izmir', 'TUR'),
  { name: 'Imrali', category: 'region', country: 'TUR', aliases: ['İmralı', 'Imrali island', 'İmralı island'] },
  { name: 'Incirlik', category: 'base', country: 'TUR', aliases: ['Incirlik Air Base', 'İncirlik'] },
  { name: 'Habur', category: 'crossing', country: 'TUR', aliases: ['Ibrahim Khalil', 'Habur border crossing'] },
  // Waters, chokepoints, rivers
  { name: 'Strait of Hormuz', category: 'water', aliases: ['Hormuz', 'Hormuz Strait'] },
  { name: 'Bab el-Mandeb', category: 'water', aliases: ['Bab al-Mandab', 'Bab el-Mandeb Strait', 'Bab al-Mandeb'] },
  { name: 'Red Sea', category: 'water' }, { name: 'Gulf of Aden', category: 'water' }, { name: 'Gulf of Oman', category: 'water' },
  { name: 'Persian Gulf', category: 'water', aliases: ['Arabian Gulf'] }, { name: 'Arabian Sea', category: 'water' },
  { name: 'Mediterranean Sea', category: 'water', aliases: ['Mediterranean', 'Eastern Mediterranean'] },
  { name: 'Caspian Sea', category: 'water' }, { name: 'Black Sea', category: 'water' }, { name: 'Indian Ocean', category: 'water' },
  { name: 'Suez Canal', category: 'water' }, { name: 'Cape of Good Hope', category: 'water' },
  { name: 'Shatt al-Arab', category: 'water', aliases: ['Arvand Rud'] },
  { name: 'Euphrates', category: 'water', aliases: ['Euphrates River', 'River Euphrates'] },
  { name: 'Tigris', category: 'water', aliases: ['Tigris River', 'River Tigris'] },
  { name: 'Jordan River', category: 'water' }, { name: 'Nile', category: 'water', aliases: ['Nile River'] },
  // Continents and macro-regions that reports treat as places
  { name: 'Asia', category: 'continent' }, { name: 'Europe', category: 'continent' }, { name: 'Africa', category: 'continent' },
  { name: 'Latin America', category: 'continent' }, { name: 'North America', category: 'continent' },
  { name: 'Levant', category: 'region' }, { name: 'Horn of Africa', category: 'region' }, { name: 'Caucasus', category: 'region' },
];
