/**
 * Known people: prominent regional figures with their usual English spelling, so that
 * transliteration variants, honorifics and misspellings in a report resolve to one
 * canonical name and id ("Seyye Ammar Hakim" → Ammar al-Hakim). People not listed are
 * still found by the name recogniser; this list only fixes spelling and identity.
 *
 * `country` (ISO alpha-3) is the state the person serves or belongs to.
 */
export interface PersonEntry {
  readonly name: string;
  readonly country?: string;
  readonly aliases?: readonly string[];
}

const p = (name: string, country: string, ...aliases: string[]): PersonEntry => ({ name, country, aliases });

export const PEOPLE: readonly PersonEntry[] = [
  // Iran
  p('Ali Khamenei', 'IRN', 'Ayatollah Ali Khamenei', 'Sayyid Ali Khamenei', 'Ali Hosseini Khamenei'),
  p('Mojtaba Khamenei', 'IRN', 'Mojtaba Hosseini Khamenei'),
  p('Masoud Pezeshkian', 'IRN', 'Massoud Pezeshkian'), p('Ebrahim Raisi', 'IRN', 'Ibrahim Raisi', 'Ebrahim Raeesi'),
  p('Hassan Rouhani', 'IRN', 'Hasan Rouhani'), p('Mohammad Javad Zarif', 'IRN', 'Javad Zarif'),
  p('Abbas Araghchi', 'IRN', 'Abbas Araqchi'), p('Hossein Amir-Abdollahian', 'IRN', 'Hossein Amirabdollahian'),
  p('Ali Larijani', 'IRN'), p('Ali Shamkhani', 'IRN'), p('Ali Akbar Ahmadian', 'IRN'), p('Ali Akbar Velayati', 'IRN'),
  p('Mohammad Bagher Qalibaf', 'IRN', 'Mohammad Baqer Qalibaf', 'Mohammad Bagher Ghalibaf'),
  p('Gholamhossein Mohseni Ejei', 'IRN', 'Gholamhossein Mohseni-Ejei', 'Mohseni-Ejei'),
  p('Alireza Arafi', 'IRN'), p('Mohammad Reza Aref', 'IRN'), p('Mohammad Eslami', 'IRN'),
  p('Qassem Soleimani', 'IRN', 'Qasem Soleimani'), p('Esmail Qaani', 'IRN', 'Esmail Ghaani', 'Ismail Qaani'),
  p('Hossein Salami', 'IRN'), p('Mohammad Pakpour', 'IRN'), p('Mohammad Bagheri', 'IRN'), p('Abdolrahim Mousavi', 'IRN'),
  p('Amir Ali Hajizadeh', 'IRN'), p('Mohammad Reza Zahedi', 'IRN'), p('Razi Mousavi', 'IRN', 'Sayyed Razi Mousavi'),
  p('Abbas Nilforoushan', 'IRN'), p('Mohammad Kazem Al-e Sadegh', 'IRN', 'Mohammad Kazem Al Sadegh'),
  p('Mohsen Rezaei', 'IRN'), p('Saeed Jalili', 'IRN'), p('Mahmoud Ahmadinejad', 'IRN'),
  // Iraq
  p('Mohammed Shia al-Sudani', 'IRQ', 'Mohammed Shia Al Sudani', 'Mohammed Shia’ al-Sudani', 'Muhammad Shia al-Sudani'),
  p('Mustafa al-Kadhimi', 'IRQ', 'Mustafa Kadhimi'), p('Haider al-Abadi', 'IRQ'), p('Adil Abdul-Mahdi', 'IRQ', 'Adel Abdul Mahdi'),
  p('Nouri al-Maliki', 'IRQ', 'Nuri al-Maliki', 'Nouri Maliki'), p('Ali al-Zaidi', 'IRQ'),
  p('Abdul Latif Rashid', 'IRQ', 'Abdul Latif Jamal Rashid'), p('Barham Salih', 'IRQ', 'Barham Saleh'),
  p('Nizar Amedi', 'IRQ', 'Nizar Amedy'), p('Mohammed al-Halbousi', 'IRQ', 'Mohamed al-Halbousi'),
  p('Mahmoud al-Mashhadani', 'IRQ'), p('Mohsen al-Mandalawi', 'IRQ'), p('Haibat al-Halbousi', 'IRQ'),
  p('Fuad Hussein', 'IRQ', 'Fouad Hussein'), p('Qasim al-Araji', 'IRQ', 'Qassim al-Araji', 'Qasim al-Aaraji'),
  p('Hamid al-Shatri', 'IRQ'), p('Hayyan Abdul Ghani', 'IRQ', 'Hayan Abdul Ghani', 'Hayyan Abdul-Ghani'),
  p('Ihsan al-Awadi', 'IRQ'), p('Faiq Zaidan', 'IRQ'),
  p('Ali al-Sistani', 'IRQ', 'Ali al-Husseini al-Sistani', 'Ayatollah Ali al-Sistani', 'Grand Ayatollah Ali al-Sistani'),
  p('Muqtada al-Sadr', 'IRQ', 'Moqtada al-Sadr', 'Muqtada Sadr'), p('Ammar al-Hakim', 'IRQ', 'Ammar Hakim', 'Sayyid Ammar al-Hakim'),
  p('Hadi al-Amiri', 'IRQ'), p('Qais al-Khazali', 'IRQ', 'Qais Khazali', 'Qays al-Khazali'), p('Falih al-Fayyadh', 'IRQ', 'Faleh al-Fayyadh'),
  p('Abu Fadak al-Mohammedawi', 'IRQ'), p('Abu Mahdi al-Muhandis', 'IRQ'), p('Akram al-Kaabi', 'IRQ'),
  p('Abu Baqir al-Saadi', 'IRQ', 'Abu Bakr al-Saadi'), p('Khamis al-Khanjar', 'IRQ'),
  // Kurdistan Region
  p('Masoud Barzani', 'IRQ', 'Massoud Barzani'), p('Masrour Barzani', 'IRQ'), p('Nechirvan Barzani', 'IRQ'),
  p('Bafel Talabani', 'IRQ', 'Bafel Jalal Talabani'), p('Qubad Talabani', 'IRQ'), p('Jalal Talabani', 'IRQ'),
  p('Shaswar Abdulwahid', 'IRQ', 'Shaswar Abdulwahid Qadir'), p('Lahur Sheikh Jangi', 'IRQ'),
  // Kurdish movements in Turkey and Syria
  p('Abdullah Ocalan', 'TUR', 'Abdullah Öcalan'), p('Murat Karayilan', 'TUR'), p('Cemil Bayik', 'TUR'), p('Bese Hozat', 'TUR'),
  p('Mazloum Abdi', 'SYR', 'Mazloum Kobani'),
  // Turkey
  p('Recep Tayyip Erdogan', 'TUR', 'Recep Tayyip Erdoğan', 'Tayyip Erdogan'), p('Hakan Fidan', 'TUR'), p('Devlet Bahceli', 'TUR', 'Devlet Bahçeli'),
  p('Ibrahim Kalin', 'TUR', 'İbrahim Kalın'), p('Yasar Guler', 'TUR', 'Yaşar Güler'),
  // Syria
  p('Bashar al-Assad', 'SYR', 'Bashar Assad'), p('Ahmed al-Sharaa', 'SYR', 'Ahmad al-Sharaa', 'Abu Mohammed al-Jolani', 'Abu Mohammad al-Julani'),
  p('Asaad al-Shaibani', 'SYR', 'Asaad Hassan al-Shaibani'),
  // Lebanon
  p('Hassan Nasrallah', 'LBN', 'Sayyed Hassan Nasrallah'), p('Naim Qassem', 'LBN', 'Naim Qasim'), p('Hashem Safieddine', 'LBN', 'Hashem Safi al-Din'),
  p('Joseph Aoun', 'LBN'), p('Michel Aoun', 'LBN'), p('Nabih Berri', 'LBN'), p('Nawaf Salam', 'LBN'), p('Najib Mikati', 'LBN'),
  // Palestinian
  p('Ismail Haniyeh', 'PSE'), p('Yahya Sinwar', 'PSE'), p('Mahmoud Abbas', 'PSE'), p('Khalil al-Hayya', 'PSE'),
  // Israel
  p('Benjamin Netanyahu', 'ISR', 'Binyamin Netanyahu'), p('Yoav Gallant', 'ISR'), p('Israel Katz', 'ISR'), p('Isaac Herzog', 'ISR'),
  p('Herzi Halevi', 'ISR'), p('Eyal Zamir', 'ISR'), p('Gideon Saar', 'ISR', "Gideon Sa'ar"), p('David Barnea', 'ISR'),
  // Yemen
  p('Abdul-Malik al-Houthi', 'YEM', 'Abdulmalik al-Houthi', 'Abdul Malik al-Houthi'), p('Mohammed Abdulsalam', 'YEM', 'Mohammed Abdul Salam'),
  p('Yahya Saree', 'YEM', 'Yahya Sarea'), p('Mahdi al-Mashat', 'YEM'), p('Rashad al-Alimi', 'YEM'),
  // Gulf, Jordan, Egypt, Pakistan
  p('Mohammed bin Salman', 'SAU', 'MBS'), p('Faisal bin Farhan', 'SAU', 'Faisal bin Farhan Al Saud'), p('Musaed al-Aiban', 'SAU', 'Musaed bin Mohammed al-Aiban'),
  p('Khalid bin Salman', 'SAU'), p('Tamim bin Hamad Al Thani', 'QAT'), p('Mohammed bin Abdulrahman Al Thani', 'QAT'),
  p('Mohamed bin Zayed', 'ARE', 'Mohammed bin Zayed'), p('Badr Albusaidi', 'OMN', 'Badr al-Busaidi'), p('Haitham bin Tarik', 'OMN'),
  p('Abdullah II', 'JOR', 'King Abdullah II'), p('Ayman Safadi', 'JOR'), p('Abdel Fattah el-Sisi', 'EGY', 'Abdel Fattah al-Sisi'),
  p('Shehbaz Sharif', 'PAK', 'Shahbaz Sharif'), p('Asim Munir', 'PAK'), p('Ishaq Dar', 'PAK'),
  // United States
  p('Donald Trump', 'USA'), p('Joe Biden', 'USA'), p('JD Vance', 'USA', 'J.D. Vance'), p('Marco Rubio', 'USA'), p('Antony Blinken', 'USA'),
  p('Lloyd Austin', 'USA'), p('Pete Hegseth', 'USA'), p('Steve Witkoff', 'USA'), p('Tom Barrack', 'USA', 'Thomas Barrack'),
  p('Mark Savaya', 'USA'), p('Alina Romanowski', 'USA'), p('Michael Kurilla', 'USA'),
  p('Brad Cooper', 'USA'), p('Jake Sullivan', 'USA'), p('Brett McGurk', 'USA'), p('Amos Hochstein', 'USA'), p('Mike Waltz', 'USA'),
  // Others often named in regional reporting
  p('Wang Yi', 'CHN'), p('Xi Jinping', 'CHN'), p('Vladimir Putin', 'RUS'), p('Sergei Lavrov', 'RUS'), p('Rafael Grossi', 'ARG'),
  p('Antonio Guterres', 'PRT', 'António Guterres'), p('Jeanine Hennis-Plasschaert', 'NLD'),
];
