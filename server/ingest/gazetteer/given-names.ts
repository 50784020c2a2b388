/**
 * Given names common in the region (Arabic, Persian, Kurdish, Turkish, Hebrew) in their
 * usual English spellings. compromise's lexicon covers mostly Western first names; this
 * list lets the name recogniser treat "Qasim al-Araji" like "Kevin Leahy".
 */
export const REGIONAL_GIVEN_NAMES: readonly string[] = (
  'abbas abdel abdul abdulaziz abdullah abdulrahman abdulsalam abed abu adel adil ahmad ahmed akbar akram ala ali alireza amer amin amir ammar anas ' +
  'asaad asad ashraf ayad ayatollah aziz badr bafel bahram baqir barham bashar basim bese bilal dawood ebrahim ehsan emad esmail fadel fadhil fahad faisal ' +
  'faleh falih farhad farid faris fatima fayez fuad gholamhossein habib hadi haider haidar hakan hamad hamid hamza hani harith hashem hassan hayyan haytham hazem ' +
  'hemin hikmat hoshyar hossein hussein ibrahim ihsan imad iyad jaafar jabbar jafar jalal jamal jawad kamal kareem karim kazem khaled khalid khalil khamis kurdo ' +
  'lahur mahdi mahmoud majid majed mansour masoud masrour massoud mehdi moayad mohammed mohammad muhammad mohamed mohsen mojtaba mokhtar moqtada muqtada ' +
  'murat musa musaed mustafa nabil nabih naim najib nasser nawaf nechirvan nizar nouri nuri omar osama peshraw qais qasim qassim qasem qassem qubad rafi ' +
  'rashid rashad razi reza rezaei saad sabah saddam saeed said salah saleh salem salman sami shaswar shehbaz shia sinan sultan tahsin talal tariq tarek ' +
  'walid yahya yasser yousef youssef yusuf zaid zeid ziad recep tayyip devlet ibrahim kemal mevlut selahattin yasar ' +
  'benjamin yoav benny gideon naftali yair itamar bezalel herzi eyal avigdor isaac'
).split(/\s+/);
