/**
 * Regional organization gazetteer, kept as data: governments' bodies, security services,
 * armed groups, parties, courts, state companies and international bodies that reports on
 * the Middle East name. Each entry is a real organization with its usual English name,
 * common variants and acronyms. Acronyms match case-sensitively (so "AAH" but not "aah").
 *
 * Design decisions:
 * - `name` is the canonical display name; the entity id is derived from it.
 * - Bodies whose bare name is shared across states (e.g. "Supreme National Security
 *   Council") carry the state in parentheses in `name` and the bare name as an alias.
 * - `country` (ISO 3166-1 alpha-3) records the state an organization belongs to; the
 *   tie extractor does not treat a state and its own body as two sides of a relationship.
 */
export type OrganizationCategory =
  | 'government' | 'security' | 'armed-group' | 'party' | 'legislature' | 'court'
  | 'international' | 'company' | 'media' | 'religious';

export interface OrganizationEntry {
  readonly name: string;
  readonly category: OrganizationCategory;
  readonly country?: string;
  readonly aliases?: readonly string[];
  readonly acronyms?: readonly string[];
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  // Iran
  { name: 'Islamic Revolutionary Guard Corps', category: 'security', country: 'IRN', aliases: ['Revolutionary Guard Corps', 'Revolutionary Guards', 'Iranian Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps', 'Sepah', 'Pasdaran'], acronyms: ['IRGC'] },
  { name: 'Quds Force', category: 'security', country: 'IRN', aliases: ['IRGC Quds Force', 'IRGC-Quds Force', 'Qods Force'], acronyms: ['IRGC-QF'] },
  { name: 'Basij', category: 'security', country: 'IRN', aliases: ['Basij Resistance Force'] },
  { name: 'Supreme National Security Council (Iran)', category: 'government', country: 'IRN', aliases: ['Supreme National Security Council'], acronyms: ['SNSC'] },
  { name: 'Assembly of Experts', category: 'religious', country: 'IRN' },
  { name: 'Guardian Council', category: 'government', country: 'IRN', aliases: ['Council of Guardians', 'Guardian Council of the Constitution'] },
  { name: 'Expediency Discernment Council', category: 'government', country: 'IRN', aliases: ['Expediency Council'] },
  { name: 'Islamic Consultative Assembly', category: 'legislature', country: 'IRN', aliases: ['Majlis'] },
  { name: 'Ministry of Intelligence (Iran)', category: 'security', country: 'IRN', acronyms: ['MOIS', 'VAJA'] },
  { name: 'Atomic Energy Organization of Iran', category: 'government', country: 'IRN', acronyms: ['AEOI'] },
  { name: 'National Iranian Oil Company', category: 'company', country: 'IRN', acronyms: ['NIOC'] },
  { name: 'National Iranian Gas Company', category: 'company', country: 'IRN', acronyms: ['NIGC'] },
  { name: 'Central Bank of Iran', category: 'government', country: 'IRN', acronyms: ['CBI'] },
  { name: 'Khatam al-Anbiya Construction Headquarters', category: 'company', country: 'IRN' },
  { name: 'Democratic Party of Iranian Kurdistan', category: 'party', aliases: ['Kurdistan Democratic Party of Iran'], acronyms: ['KDPI', 'PDKI'] },
  { name: 'Komala', category: 'party', aliases: ['Komala Party of Iranian Kurdistan', 'Komala Party'] },
  { name: 'Party of Free Life of Kurdistan', category: 'armed-group', aliases: ['Free Life Party of Kurdistan', 'Kurdistan Free Life Party'], acronyms: ['PJAK'] },
  { name: 'Kurdistan Freedom Party', category: 'party', acronyms: ['PAK'] },
  { name: "People's Mujahedin Organization of Iran", category: 'armed-group', aliases: ['Mujahedin-e Khalq', 'People’s Mojahedin Organization of Iran'], acronyms: ['MEK', 'MKO', 'PMOI'] },
  { name: 'Jaish al-Adl', category: 'armed-group' },
  { name: 'Tasnim News Agency', category: 'media', country: 'IRN', aliases: ['Tasnim'] },
  { name: 'Islamic Republic News Agency', category: 'media', country: 'IRN', acronyms: ['IRNA'] },
  { name: 'Fars News Agency', category: 'media', country: 'IRN' },
  { name: 'Press TV', category: 'media', country: 'IRN' },
  // Iraq: state
  { name: 'Council of Representatives of Iraq', category: 'legislature', country: 'IRQ', aliases: ['Council of Representatives', 'Iraqi Council of Representatives'] },
  { name: 'Federal Supreme Court of Iraq', category: 'court', country: 'IRQ', aliases: ['Federal Supreme Court', 'Iraqi Federal Supreme Court'] },
  { name: 'Supreme Judicial Council (Iraq)', category: 'court', country: 'IRQ', aliases: ['Supreme Judicial Council'] },
  { name: 'Independent High Electoral Commission', category: 'government', country: 'IRQ', aliases: ['Independent High Electoral Commission of Iraq'], acronyms: ['IHEC'] },
  { name: 'Popular Mobilization Forces', category: 'armed-group', country: 'IRQ', aliases: ['Popular Mobilisation Forces', 'Popular Mobilization Units', 'Popular Mobilisation Units', 'Popular Mobilization Committee', 'Popular Mobilisation Authority', 'Hashd al-Shaabi', 'al-Hashd al-Shaabi', 'Hashd'], acronyms: ['PMF', 'PMU'] },
  { name: 'Counter-Terrorism Service (Iraq)', category: 'security', country: 'IRQ', aliases: ['Counter Terrorism Service', 'Counter-Terrorism Service', 'Iraqi Counter-Terrorism Service'], acronyms: ['CTS'] },
  { name: 'Iraqi National Intelligence Service', category: 'security', country: 'IRQ', aliases: ['National Intelligence Service'], acronyms: ['INIS'] },
  { name: 'Joint Operations Command (Iraq)', category: 'security', country: 'IRQ', aliases: ['Joint Operations Command'] },
  { name: 'Higher Military Commission', category: 'security', aliases: ['Higher Military Committee'] },
  { name: 'State Organization for Marketing of Oil', category: 'company', country: 'IRQ', aliases: ['State Oil Marketing Organization', 'Oil Marketing Company'], acronyms: ['SOMO'] },
  { name: 'Trade Bank of Iraq', category: 'company', country: 'IRQ', acronyms: ['TBI'] },
  { name: 'Central Bank of Iraq', category: 'government', country: 'IRQ', acronyms: ['CBI'] },
  { name: 'Basra Oil Company', category: 'company', country: 'IRQ' },
  { name: 'North Oil Company', category: 'company', country: 'IRQ' },
  { name: 'Iraqi Security Forces', category: 'security', country: 'IRQ', acronyms: ['ISF'] },
  // Iraq: parties, blocs, armed factions
  { name: 'Coordination Framework', category: 'party', country: 'IRQ', aliases: ['Shiite Coordination Framework', 'Shia Coordination Framework', 'Coordination Framework alliance'] },
  { name: 'State of Law Coalition', category: 'party', country: 'IRQ', aliases: ['State of Law', 'State of Law bloc'] },
  { name: 'Sadrist Movement', category: 'party', country: 'IRQ', aliases: ['Sadrist bloc', 'Sadrists', 'National Shiite Movement'] },
  { name: 'National Wisdom Movement', category: 'party', country: 'IRQ', aliases: ['Hikma', 'al-Hikma', 'Hikma Movement'] },
  { name: 'Fatah Alliance', category: 'party', country: 'IRQ', aliases: ['Fateh Alliance', 'Conquest Alliance'] },
  { name: 'Reconstruction and Development Coalition', category: 'party', country: 'IRQ' },
  { name: 'National State Forces Alliance', category: 'party', country: 'IRQ', aliases: ['State Forces Alliance'] },
  { name: 'Taqaddum', category: 'party', country: 'IRQ', aliases: ['Taqaddum Party', 'Progress Party'] },
  { name: 'Sovereignty Alliance', category: 'party', country: 'IRQ', aliases: ['Siyada'] },
  { name: 'Sadiqoun', category: 'party', country: 'IRQ', aliases: ['Sadiqoun bloc', 'al-Sadiqoun'] },
  { name: 'Badr Organization', category: 'armed-group', country: 'IRQ', aliases: ['Badr Organisation', 'Badr Corps'] },
  { name: 'Kataib Hezbollah', category: 'armed-group', country: 'IRQ', aliases: ['Kata’ib Hezbollah', "Kata'ib Hezbollah", 'Kataib Hizbullah', 'Kata’ib Hizballah', 'Hezbollah Brigades'], acronyms: ['KH'] },
  { name: 'Asaib Ahl al-Haq', category: 'armed-group', country: 'IRQ', aliases: ['Asa’ib Ahl al-Haq', "Asa'ib Ahl al-Haq", 'League of the Righteous'], acronyms: ['AAH'] },
  { name: 'Kataib Sayyid al-Shuhada', category: 'armed-group', country: 'IRQ', aliases: ['Kata’ib Sayyid al-Shuhada'], acronyms: ['KSS'] },
  { name: 'Harakat Hezbollah al-Nujaba', category: 'armed-group', country: 'IRQ', aliases: ['al-Nujaba', 'Nujaba', 'Harakat al-Nujaba', 'Nujaba Movement'] },
  { name: 'Kataib Imam Ali', category: 'armed-group', country: 'IRQ', aliases: ['Kata’ib Imam Ali', 'Imam Ali Brigades'] },
  { name: 'Saraya al-Salam', category: 'armed-group', country: 'IRQ', aliases: ['Peace Brigades'] },
  { name: 'Islamic Resistance in Iraq', category: 'armed-group', country: 'IRQ', aliases: ['Islamic Resistance of Iraq'] },
  { name: 'al-Qaeda in Iraq', category: 'armed-group', aliases: ['Al-Qaeda in Iraq'], acronyms: ['AQI'] },
  // Kurdistan Region
  { name: 'Kurdistan Regional Government', category: 'government', aliases: ['Kurdistan Region Government', 'Kurdish Regional Government'], acronyms: ['KRG'] },
  { name: 'Kurdistan Democratic Party', category: 'party', acronyms: ['KDP'] },
  { name: 'Patriotic Union of Kurdistan', category: 'party', acronyms: ['PUK'] },
  { name: 'New Generation', category: 'party', aliases: ['New Generation Movement'] },
  { name: 'Gorran', category: 'party', aliases: ['Gorran Movement', 'Movement for Change'] },
  { name: 'Kurdistan Islamic Union', category: 'party', acronyms: ['KIU'] },
  { name: 'Kurdistan Parliament', category: 'legislature', aliases: ['Kurdistan Region Parliament', 'Kurdistan Parliament of Iraq'] },
  { name: 'Peshmerga', category: 'security', aliases: ['Kurdish Peshmerga', 'Peshmerga forces'] },
  { name: 'Association of the Petroleum Industry of Kurdistan', category: 'company', acronyms: ['APIKUR'] },
  { name: 'Kurdistan24', category: 'media' },
  { name: 'Rudaw', category: 'media' },
  // Turkey
  { name: "Kurdistan Workers' Party", category: 'armed-group', aliases: ['Kurdistan Workers Party', 'Kurdistan Workers’ Party'], acronyms: ['PKK'] },
  { name: "Peoples' Equality and Democracy Party", category: 'party', country: 'TUR', aliases: ['Peoples’ Equality and Democracy Party', 'DEM Party', 'Peoples Equality and Democracy Party'] },
  { name: 'Justice and Development Party', category: 'party', country: 'TUR', acronyms: ['AKP', 'AK Party'] },
  { name: 'Republican People’s Party', category: 'party', country: 'TUR', aliases: ["Republican People's Party"], acronyms: ['CHP'] },
  { name: 'Nationalist Movement Party', category: 'party', country: 'TUR', acronyms: ['MHP'] },
  { name: 'National Intelligence Organization (Turkey)', category: 'security', country: 'TUR', aliases: ['National Intelligence Organization', 'Turkish intelligence agency'], acronyms: ['MIT'] },
  { name: 'Anadolu Agency', category: 'media', country: 'TUR' },
  // Syria
  { name: 'Hayat Tahrir al-Sham', category: 'armed-group', aliases: ['Hay’at Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'Tahrir al-Sham'], acronyms: ['HTS'] },
  { name: 'Syrian Democratic Forces', category: 'armed-group', acronyms: ['SDF'] },
  { name: "People's Protection Units", category: 'armed-group', aliases: ['People’s Protection Units'], acronyms: ['YPG'] },
  { name: 'Syrian National Army', category: 'armed-group', acronyms: ['SNA'] },
  { name: 'Baath Party', category: 'party', aliases: ['Ba’ath Party', "Ba'ath Party", 'Arab Socialist Baath Party'] },
  { name: 'Syrian Arab Army', category: 'security', country: 'SYR', acronyms: ['SAA'] },
  // Lebanon
  { name: 'Hezbollah', category: 'armed-group', country: 'LBN', aliases: ['Hizbullah', 'Hizballah', 'Hizbollah', 'Lebanese Hezbollah'] },
  { name: 'Amal Movement', category: 'party', country: 'LBN', aliases: [] },
  { name: 'Lebanese Armed Forces', category: 'security', country: 'LBN', aliases: ['Lebanese army', 'Lebanese Army'], acronyms: ['LAF'] },
  { name: 'Free Patriotic Movement', category: 'party', country: 'LBN', acronyms: ['FPM'] },
  { name: 'Lebanese Forces', category: 'party', country: 'LBN' },
  { name: 'United Nations Interim Force in Lebanon', category: 'international', acronyms: ['UNIFIL'] },
  // Palestinian
  { name: 'Hamas', category: 'armed-group', aliases: ['Islamic Resistance Movement'] },
  { name: 'Palestinian Islamic Jihad', category: 'armed-group', aliases: ['Islamic Jihad'], acronyms: ['PIJ'] },
  { name: 'Fatah', category: 'party' },
  { name: 'Palestinian Authority', category: 'government', acronyms: ['PA'] },
  { name: 'Palestine Liberation Organization', category: 'party', acronyms: ['PLO'] },
  // Israel
  { name: 'Israel Defense Forces', category: 'security', country: 'ISR', aliases: ['Israeli Defense Forces', 'Israel Defence Forces'], acronyms: ['IDF'] },
  { name: 'Mossad', category: 'security', country: 'ISR' },
  { name: 'Shin Bet', category: 'security', country: 'ISR', aliases: ['Israel Security Agency'] },
  { name: 'Knesset', category: 'legislature', country: 'ISR' },
  { name: 'Likud', category: 'party', country: 'ISR' },
  // Yemen
  { name: 'Ansar Allah', category: 'armed-group', country: 'YEM', aliases: ['Houthi movement', 'Houthis', 'Houthi', 'Houthi rebels', 'Ansarallah'] },
  { name: 'Presidential Leadership Council', category: 'government', country: 'YEM', acronyms: ['PLC'] },
  { name: 'Southern Transitional Council', category: 'party', country: 'YEM', acronyms: ['STC'] },
  { name: 'al-Qaeda in the Arabian Peninsula', category: 'armed-group', aliases: ['Al-Qaeda in the Arabian Peninsula'], acronyms: ['AQAP'] },
  // Gulf and Arab states
  { name: 'Gulf Cooperation Council', category: 'international', aliases: ['Cooperation Council for the Arab States of the Gulf'], acronyms: ['GCC'] },
  { name: 'Gulf Cooperation Council Interconnection Authority', category: 'international', acronyms: ['GCCIA'] },
  { name: 'Saudi Aramco', category: 'company', country: 'SAU', aliases: ['Aramco'] },
  { name: 'QatarEnergy', category: 'company', country: 'QAT', aliases: ['Qatar Petroleum'] },
  { name: 'Abu Dhabi National Oil Company', category: 'company', country: 'ARE', acronyms: ['ADNOC'] },
  { name: 'Al Jazeera', category: 'media', country: 'QAT', aliases: ['Al-Jazeera'] },
  { name: 'Al Arabiya', category: 'media', country: 'SAU', aliases: ['Al-Arabiya'] },
  { name: 'Al Mayadeen', category: 'media', country: 'LBN', aliases: ['Al-Mayadeen'] },
  { name: 'Muslim Brotherhood', category: 'party' },
  // United States
  { name: 'United States Central Command', category: 'security', country: 'USA', aliases: ['US Central Command', 'U.S. Central Command', 'Central Command'], acronyms: ['CENTCOM'] },
  { name: 'United States Department of State', category: 'government', country: 'USA', aliases: ['State Department', 'US State Department', 'U.S. State Department'] },
  { name: 'United States Department of the Treasury', category: 'government', country: 'USA', aliases: ['Treasury Department', 'US Treasury', 'U.S. Treasury'] },
  { name: 'Office of Foreign Assets Control', category: 'government', country: 'USA', acronyms: ['OFAC'] },
  { name: 'Central Intelligence Agency', category: 'security', country: 'USA', acronyms: ['CIA'] },
  { name: 'Pentagon', category: 'government', country: 'USA', aliases: ['US Department of Defense', 'Department of Defense'] },
  { name: 'Global Coalition to Defeat ISIS', category: 'international', aliases: ['Global Coalition Against Daesh', 'Global Coalition to Defeat Daesh', 'Combined Joint Task Force – Operation Inherent Resolve'], acronyms: ['CJTF-OIR'] },
  // Jihadist
  { name: 'Islamic State', category: 'armed-group', aliases: ['Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant', 'Daesh'], acronyms: ['ISIS', 'ISIL', 'IS'] },
  { name: 'al-Qaeda', category: 'armed-group', aliases: ['Al-Qaeda', 'al-Qaida', 'Al Qaeda'] },
  // International bodies
  { name: 'United Nations', category: 'international', aliases: ['the UN'], acronyms: ['UN', 'U.N.'] },
  { name: 'United Nations Security Council', category: 'international', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council'], acronyms: ['UNSC'] },
  { name: 'United Nations General Assembly', category: 'international', aliases: ['UN General Assembly'], acronyms: ['UNGA'] },
  { name: 'United Nations Assistance Mission for Iraq', category: 'international', aliases: ['UN Assistance Mission for Iraq'], acronyms: ['UNAMI'] },
  { name: 'International Atomic Energy Agency', category: 'international', aliases: ['UN nuclear watchdog'], acronyms: ['IAEA'] },
  { name: 'Organization of the Petroleum Exporting Countries', category: 'international', aliases: ['Organisation of the Petroleum Exporting Countries'], acronyms: ['OPEC', 'OPEC+'] },
  { name: 'Arab League', category: 'international', aliases: ['League of Arab States'] },
  { name: 'Organisation of Islamic Cooperation', category: 'international', aliases: ['Organization of Islamic Cooperation'], acronyms: ['OIC'] },
  { name: 'North Atlantic Treaty Organization', category: 'international', acronyms: ['NATO'] },
  { name: 'European Union', category: 'international', acronyms: ['EU'] },
  { name: 'International Monetary Fund', category: 'international', acronyms: ['IMF'] },
  { name: 'World Bank', category: 'international' },
  { name: 'International Chamber of Commerce', category: 'international', acronyms: ['ICC'] },
  { name: 'International Criminal Court', category: 'court', acronyms: ['ICC'] },
  { name: 'International Court of Justice', category: 'court', acronyms: ['ICJ'] },
  { name: 'International Committee of the Red Cross', category: 'international', acronyms: ['ICRC'] },
  { name: 'United Nations High Commissioner for Refugees', category: 'international', aliases: ['UN refugee agency'], acronyms: ['UNHCR'] },
  { name: 'United Nations Relief and Works Agency', category: 'international', acronyms: ['UNRWA'] },
  { name: 'Shanghai Cooperation Organisation', category: 'international', acronyms: ['SCO'] },
  // Shipping and energy companies active in the region's crises
  { name: 'Mediterranean Shipping Company', category: 'company', acronyms: ['MSC'] },
  { name: 'Hapag-Lloyd', category: 'company' },
  { name: 'TotalEnergies', category: 'company' },
  { name: 'BP', category: 'company' },
  { name: 'ExxonMobil', category: 'company' },
];
