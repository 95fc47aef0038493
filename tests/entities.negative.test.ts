// Capitalised words that name no person, organisation or place.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const rows: Array<['id' | 'en', string, string[]]> = [
  ['id', 'Hal itu disampaikan dalam Pertemuan Bilateral pada Rabu.', ['Hal', 'Pertemuan Bilateral', 'Rabu']],
  ['id', 'Dalam acara itu hadir banyak tamu. Berbagai pihak mendukung.', ['Dalam', 'Berbagai']],
  ['id', 'Pada Januari lalu harga naik. Namun Senin kemarin turun.', ['Pada', 'Januari', 'Namun', 'Senin']],
  ['id', 'Warga merayakan Idulfitri 1438 Hijriah. Saat Iduladha, ia pulang.', ['Idulfitri', 'Hijriah', 'Iduladha']],
  ['id', 'Polisi menyita STNK dan BPKB milik Budi Santoso.', ['STNK', 'BPKB']],
  ['id', 'Ponsel itu memakai chipset Snapdragon 625 dan prosesor Exynos 7880.', ['Snapdragon', 'Exynos']],
  ['id', 'Ia dijerat TPPU, lalu menjalani MRI di dekat PLTU Suralaya.', ['TPPU', 'MRI']],
  ['id', 'Ia menerima penghargaan Ramon Magsaysay tahun lalu.', ['Ramon Magsaysay']],
  ['id', 'Ia menonton film Sri Asih dan membaca novel Siti Nurbaya.', ['Sri Asih', 'Siti Nurbaya']],
  ['id', 'Laptop itu memakai SSD 512 GB dan port HDMI.', ['SSD', 'GB', 'HDMI']],
  ['id', 'Samsung merilis Galaxy S7 dan Lenovo menjual ThinkPad T470.', ['Galaxy S', 'ThinkPad T']],
  // English words only, listed with a person, are no person: "iPad Pro"
  ['id', 'Ia memakai iPad Pro , dan Luna mendukungnya .', ['Pro']],
  ['id', 'Single kedua mereka bertajuk ‘Gorgeous’ dirilis. Ada suara bayi di Gorgeous yang unik. Gorgeous laris.', ['Gorgeous']],
  ['id', 'Soeharto dikenal sebagai " Bapak Pembangunan " oleh warga.', ['Bapak Pembangunan']],
  // a word after a title's small word that follows a capitalised word ends a foreign title or name
  ['id', 'Ia anggota Accademia dei Lincei dan menulis novel East of Eden serta serial Game of Thrones .', ['Lincei', 'Thrones']],
  // the first word of a title in quotation marks is no short name of a person
  ['id', 'Ia dikenal lewat perannya sebagai Buffy Summers dalam serial " Buffy the Vampire Slayer " .', ['Buffy']],
  ['id', 'Ia meraih gelar Bachelor of Medicine and Surgery.', ['Medicine', 'Surgery']],
  ['id', 'Beasiswa tersedia dari berbagai Instansi dan Madrasah di kota itu.', ['Instansi', 'Madrasah']],
  ['id', 'Ia duduk di padang rumput dekat batu besar di medan perang.', ['Padang', 'Batu', 'Medan']],
  ['id', 'Sekolah itu memakai Kurikulum Berbasis Kompetensi sejak lama.', ['Kurikulum Berbasis Kompetensi']],
  ['id', 'Produk Tanah Air laris. Ia bertanding di arena Polo Air.', ['Tanah Air', 'Polo Air']],
  ['id', 'Ia menyukai lagu seperti Goldfinger , Thunderball dan Moonraker .', ['Goldfinger', 'Thunderball', 'Moonraker']],
  ['id', 'Siswa belajar IPA dan mengikuti program KB di TPQ. Pohon Hibiscadelphus dan rudal Ghadir dipamerkan.', ['IPA', 'KB', 'TPQ', 'Hibiscadelphus', 'Ghadir']],
  ['id', 'Ia lulus dari SMA Negeri lalu mengajar di SMA Katolik.', ['SMA Negeri', 'SMA Katolik']],
  ['id', 'Ia kuliah di Fakultas Hukum lalu pindah ke Jurusan Teknik Sipil .', ['Fakultas Hukum', 'Jurusan Teknik Sipil']],
  ['en', 'Source: https://www.thejakartapost.com/indonesia/2024/12/02/runoff.html', ['Indonesia']],
  ['id', 'Bitcoin sempat menyentuh level tertinggi. Evergrande pernah gagal membayar. Sinovac lulus uji klinis.', ['Bitcoin', 'Evergrande', 'Sinovac']],
  ['en', 'Prices of chicken and turkey rose. Commuters take the bus or metro.', ['Turkey', 'Metro']],
  ['id', 'Ia mengalami patah tulang dan bone marrow rusak.', ['Bone']],
  ['id', 'Kota itu dahulu dikenal sebagai " Batavia " dalam catatan kolonial .', ['Batavia']],
  ['en', 'The band played "Bohemian Rhapsody" in Jakarta on Friday.', ['Bohemian Rhapsody']],
  ['id', 'Kadisdukcapil ( Kepala Dinas Kependudukan dan Catatan Sipil ) Kota Bogor Sujatmiko mengatakan hal itu .', ['Kadisdukcapil']],
  ['id', 'Panitia menggelar Puncak Peringatan Hari Pers Nasional di Ambon .', ['Puncak Peringatan Hari Pers Nasional', 'Puncak Peringatan']],
  ['id', 'Pengguna beralih dari Windows ke Linux tahun lalu .', ['Windows']],
  ['id', 'Kenaikan harga Bahan Bakar Minyak dirasakan warga Tanah Air.', ['Bahan Bakar Minyak', 'Tanah Air']],
  ['id', 'Warga Kristen dan Islam hidup rukun di sana.', ['Kristen', 'Islam']],
  ['id', 'Gerakan Menuju 100 Kota Cerdas diluncurkan.', ['Gerakan Menuju', 'Kota Cerdas']],
  ['id', 'Harga 8,2 miliar dolar AS itu terlalu mahal.', ['AS', 'United States']],
  ['id', 'Kecerdasan buatan (AI) dipakai luas.', ['AI']],
  ['id', 'Ujian meliputi Bahasa Inggris dan Matematika.', ['Bahasa Inggris']],
  ['id', 'Acara Puncak Peringatan dimulai pukul delapan.', ['Acara Puncak Peringatan', 'Acara Puncak', 'Puncak Peringatan']],
  ['id', 'Ia menonton film Pulau Hantu kemarin.', ['Pulau Hantu']],
  ['id', 'Penyakit seperti Ebola dan Malaria tidak ada di sana, kata Yang Mulia.', ['Ebola', 'Malaria', 'Yang Mulia']],
  ['id', 'Warga RT 05 RW 02 mendatangi Budi Santoso, SH di rumahnya.', ['RT', 'RW', 'SH']],
  ['id', 'Polisi mengatakan warga sudah dievakuasi.', ['Polisi']],
  ['id', 'Penghargaan untuk Pelatih Terbaik Nasional diumumkan.', ['Terbaik Nasional', 'Pelatih Terbaik Nasional']],
  ['id', 'Ia membintangi film Ketika Cinta Bertasbih tahun itu.', ['Ketika Cinta Bertasbih', 'Cinta Bertasbih']],
  ['id', 'Teknologinya sudah dipakai di banyak kota.', ['Teknologinya']],
  ['id', 'Kepala BP2MI mengatakan tim U-22 kalah.', ['U', 'BP', 'MI']],
  ['id', 'Harga Pertalite dan Solar naik, sementara ekspor CPO turun.', ['Pertalite', 'Solar', 'CPO']],
  ['en', 'Brent crude rose while West Texas Intermediate fell; CPO prices were flat.', ['Brent', 'West Texas Intermediate', 'CPO']],
  ['id', 'Penularan virus meningkat. Pemangkasan anggaran ditunda.', ['Penularan', 'Pemangkasan']],
  ['id', 'Edukasi dirancang dua tahap. Obesitas diketahui meningkat. Indikator itu naik.', ['Edukasi', 'Obesitas', 'Indikator']],
  ['id', 'Babak II dimulai. Perang Dunia II berakhir.', ['II']],
  // an acronym the article defines for words in lower case, there and later
  ['id', 'Sengketa perselisihan hasil pemilihan umum (PHPU) diputus. Putusan PHPU final. Ambang batas parliamentary threshold (PT) naik.', ['PHPU', 'PT']],
  ['id', 'Polisi mengirim Surat Perintah Dimulainya Penyidikan (SPDP). SPDP itu sampai. Ia memegang Surat Tanda Registrasi (STR).', ['SPDP', 'STR', 'Surat Perintah Dimulainya Penyidikan']],
  ['id', 'Pemerintah membina industri kecil dan menengah (IKM). Sentra IKM itu maju. Pemda menambah RTH (ruang terbuka hijau). RTH itu luas.', ['IKM', 'RTH']],
  ['id', 'Untuk itu, dalam Standar Pelayanan Minimal (SPM) ini, warga dilayani. Tidak hanya melalui SPM, pihaknya membantu.', ['SPM', 'Standar Pelayanan Minimal']],
  // a portfolio of ordinary words after a title is part of the role
  ['id', 'Ia menjabat Menteri Muda Urusan Peningkatan Produksi Tanaman Keras pada kabinet itu.', ['Urusan Peningkatan Produksi Tanaman Keras', 'Peningkatan Produksi Tanaman Keras']],
  // messaging services as channels
  ['id', 'Ia mengirim pesan lewat WhatsApp dan Telegram kepada wartawan.', ['WhatsApp', 'Telegram']],
  // school levels alone name nothing
  ['id', 'Ia lulus Sekolah Dasar dan Sekolah Menengah Pertama di desanya, lalu SLTA di kota.', ['Sekolah Dasar', 'Sekolah Menengah Pertama', 'SLTA']],
  // a prefix and an ordinary word
  ['id', 'Jabatan itu Dijabat oleh Basalo. Bertempat di jalan utama, ia pergi.', ['Dijabat', 'Bertempat']],
  // a title with a clitic
  ['id', 'Golkar tidak akan mengganggu Kadernya di kabinet. Bukan ganti Capresnya, ucapnya.', ['Kadernya', 'Capresnya']],
  // awards and fairs: after their noun, or by their last word
  ['id', 'Ia memperoleh penghargaan Roosseno. Panitia Ramon Magsaysay Award mengirim surat. Wapres membuka Agrinex International Expo 2010.', ['Roosseno', 'Ramon Magsaysay Award', 'Ramon Magsaysay', 'Agrinex International Expo', 'Agrinex International']],
  // a numbered unit names nothing without its parent ("Komisi III DPR" names DPR)
  ['id', 'Rapat dengan Komisi VII berlangsung alot. Komisi I menolak.', ['Komisi VII', 'Komisi I']],
  ['id', 'Warga Dusun itu datang ke Yayasan kemarin.', ['Dusun', 'Yayasan']],
  ['id', 'Atlet itu meraih emas di SEA Games tahun lalu.', ['SEA Games', 'SEA']],
  // after a title: a derived form, an event head, a portfolio; ordinary-language acronyms
  ['id', 'Mereka menyampaikan kepada Ketua Umumnya. Ia mengganti Ketua Pansel. Tanggung jawab ada di Menko Polhukam.', ['Umumnya', 'Pansel', 'Polhukam']],
  ['id', 'Jumlah terminal ATM naik. Polisi datang ke TKP. Sampel DNA diperiksa sesuai UUD 1945.', ['ATM', 'TKP', 'DNA', 'UUD']],
  ['id', 'Tatkala Erwin datang, ia tersenyum.', ['Tatkala Erwin', 'Tatkala']],
  // a language, a species or a work named after its noun
  ['id', 'Film itu dirilis dalam bahasa Malayalam. Ia membintangi film Thunderball dan menyanyikan lagu Mockingbird.', ['Malayalam', 'Thunderball', 'Mockingbird']],
  ['id', 'Kelompok penentang Pancasila dan paham Komunisme ditindak.', ['Pancasila', 'Komunisme']],
  ['id', 'Ia menumpangi mobil Pajero hitam dan memakai ponsel Galaxy.', ['Pajero', 'Galaxy']],
  ['id', 'Merangkum laporan itu, ia pergi. Didaulat sebagai duta, ia senang. Penyelenggaraan berjalan.', ['Merangkum', 'Didaulat', 'Penyelenggaraan']],
  ['id', 'Lima tahun sudah Apple menunggu.', ['Lima']],
  ['id', 'Indeks FTSE, DAX dan CAC naik, sementara Nikkei dan Hang Seng turun. IHSG menguat. Kamera CCTV merekam.', ['FTSE', 'DAX', 'CAC', 'Nikkei', 'Hang Seng', 'IHSG', 'CCTV']],
  ['en', 'The FTSE and the DAX rose while CCTV cameras watched.', ['FTSE', 'DAX', 'CCTV']],
  ['id', 'Motto ini bermakna persaudaraan. Asset tersebut menjadi modal awal.', ['Motto', 'Asset']],
  ['id', 'Kadangkala ada masalah. Manakala saya berhenti, teman bekerja. Seraya menunggu, ia duduk. Alhasil kami menang.', ['Kadangkala', 'Manakala', 'Seraya', 'Alhasil']],
  ['id', 'Jaksa Penuntut Umum (JPU) menuntut terdakwa. Seleksi CPNS dan isu SARA ramai. Ia dijerat UU ITE. Keppres Nomor 5 diteken.', ['Penuntut Umum', 'JPU', 'CPNS', 'SARA', 'ITE', 'Keppres']],
  ['id', 'Ia menyanyikan lagu Chained to the Rhythm, memainkan game Taiko no Tatsujin dan tampil di acara Mata Najwa.', ['Chained', 'Rhythm', 'Taiko', 'Tatsujin', 'Mata Najwa']],
  ['id', 'Pengguna Android dan iPhone bisa memakai Skype. Versi PlayStation dirilis.', ['Android', 'iPhone', 'Skype', 'PlayStation']],
  ['id', 'Ia bersumpah dengan marga Sinaga, keturunan Konkani, sesuai tradisi Ortodoks dan perjanjian Renville, lalu meraih piala Bonsang.', ['Sinaga', 'Konkani', 'Ortodoks', 'Renville', 'Bonsang']],
  // a unit after a number or a scale word names nothing; a polling station, a regulation
  ['id', 'Kuota turun dari 48 juta KL. Pembangkit 100 MW dibangun. Tiga TPS dibuka sesuai POJK itu.', ['KL', 'MW', 'TPS', 'POJK']],
  ['id', 'Pemerintah siap mengesahkan Rancangan Undang-undang (RUU) kelautan.', ['Rancangan Undang-undang', 'RUU']],
  ['id', 'Kaur Umum desa itu menonton La Liga lewat Internet.', ['Kaur', 'Kaur Umum', 'La Liga', 'Internet']],
  // a lower-case place head before a date (this once looped forever)
  ['id', 'Ia tinggal di desa Senin lalu pindah ke kota Dengan.', ['Senin', 'desa Senin', 'Desa Senin']],
  // a conjunction or a plural written twice at a sentence's start is no part of a name
  ['id', 'Kendati Jepang kalah, perang berlanjut. Prajurit-prajurit Inggris itu ditahan.', ['Kendati Jepang', 'Kendati', 'Prajurit-prajurit Inggris', 'Prajurit-prajurit']],
  // eras, qualifiers and finals are events, not organisations
  ['id', 'Dam itu dibuat pada Zaman Belanda. Ia main di Kualifikasi Piala Afrika.', ['Zaman Belanda', 'Kualifikasi Piala Afrika', 'Piala Afrika']],
  // a run that fills a pair of quotation marks is a title or a nickname
  ['id', 'Ia tampil dalam film “Pesan Gambiranom” dan "Ketika Mentari Tenggelam" tahun itu.', ['Pesan Gambiranom', 'Gambiranom', 'Ketika Mentari Tenggelam', 'Mentari Tenggelam']],
  // a short quotation with small words in it is a title too, with a comma before its closing mark as well
  ['en', 'The campaign will lean on the film "Blue Lagoon," a romantic drama shot in Krabi.', ['Blue Lagoon', 'Lagoon']],
  ['id', 'Ia memenangkan " Claim to Fame Contest " dan merilis singel " Sekai wa Kitto Mirai no Naka " tahun itu.', ['Fame Contest', 'Kitto Mirai', 'Naka']],
  // English titles of works and events in Indonesian text are no person
  ['id', 'Lagu itu dibawakan dalam konser The Dead Weather bersama penonton Java Jazz tahun ini.', ['Dead Weather', 'Java Jazz']],
  // after a title, a street's name in a unit's name is no person: "Wali Kota ... Kota Jalan Ki Gede Sebayu"
  ['id', 'Ia ditangkap di rumah dinas Wali Kota Kompleks Balai Kota Jalan Ki Gede Sebayu , Kota Tegal .', ['Gede Sebayu']],
  // a month's short form before a known place is no part of a name: "ekspor Feb Indonesia"
  ['id', 'Volume ekspor Feb Indonesia naik tajam .', ['Feb Indonesia']],
  // a post of the day in words, out of quotation marks, is no character: "hadir sebagai Pembicara Utama dalam acara"
  ['id', 'Tokoh nasional itu hadir sebagai Pembicara Utama dalam acara diskusi , dan pemain timnas diperkenalkan sebagai Bintang Tamu dalam acara itu .', ['Pembicara Utama', 'Bintang Tamu']],
  // a football body's acronym joins no name around it, nor does a number plate's code
  ['id', 'Ketua Umum PSSI Edy Rahmayadi dan Ketua FA Greg Clarke bertemu Presiden AFC . Mobil bernomor L 2291 SV hilang .', ['PSSI Edy Rahmayadi dan Ketua FA', 'Edy Rahmayadi dan Ketua FA', 'L 2291 SV', 'AFC Sheikh']],
  // frequent words of the language after "di" are a title's, not a place: "Kau Ada di Hati", "di Tanah Air"
  ['id', 'Ia merilis lagu Kau Ada di Hati dan menjadi program terkemuka di Tanah Air .', ['Hati', 'Tanah Air']],
  ['en', 'The company said on Monday that profits rose in March.', ['The', 'Monday', 'March']],
  ['en', 'Chinese and Indonesian officials met with European buyers.', ['Chinese', 'Indonesian', 'European']],
  ['en', 'But analysts expect a rebound. However, risks remain.', ['But', 'However']],
];

describe('entities: negative cases', () => {
  it.each(rows)('%s: %s', (lang, text, banned) => {
    const names = analyze(text, { lang, only: ['entities'] }).entities!.flatMap((e) => [e.name, ...e.aliases]);
    for (const word of banned) expect(names).not.toContain(word);
  });

  it('starts no mention with punctuation and carries none across a line break', () => {
    const text = 'Dua kandidat lainnya yaitu Prof . Dr. Muhammad Yusram dan Prof . Dr. Yonny Koesmaryono.\n\nDr. Carlo Bava merawat Moran. Ia Wamen PAN & RB 2011.\nNama : Fahri Hamzah alias Fahri \n NPWP : 08.091';
    const mentions = analyze(text, { lang: 'id', only: ['entities'] }).entities!.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toContain('Carlo Bava');
    for (const m of mentions) expect(m, m).toMatch(/^[\p{L}\p{N}][^\n]*$/u);
  });

  it('does not take the reporter and editor lines for article entities', () => {
    const names = analyze('Budi tiba di Bandung.\n\nPewarta: Livia Kristianti\nEditor: Siti Zulaikha', { lang: 'id', only: ['entities'] })
      .entities!.map((e) => e.name);
    expect(names).not.toContain('Livia Kristianti');
    expect(names).not.toContain('Siti Zulaikha');
  });
});
