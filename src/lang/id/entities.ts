import type { EntityWords } from '../types.js';
import { givenNames } from './names.js';

export const entities: EntityWords = {
  // "of", "for", "and", "the": English names used as they are ("Institute for Development of Economics and Finance")
  connectors: ['dan', 'dari', 'untuk', 'bin', 'binti', 'br', 'boru', 'van', 'von', 'de', 'der', 'den', 'du', 'del', 'dos', 'da', 'al', 'el', 'la', 'of', 'for', 'and', 'the', '&'],
  coordinators: ['dan', 'serta', 'atau', 'maupun', '&'],
  // "br" (boru): a Batak woman's clan name follows it, "Ulina br Ginting".
  personConnectors: ['bin', 'binti', 'br', 'boru', 'van', 'von', 'de', 'der', 'den', 'du', 'del', 'dos', 'da', 'al', 'el', 'la'],
  nameParticles: ['al', 'el', 'ad', 'ar', 'as', 'asy', 'an', 'at', 'az', 'ud', 'ul', 'bin', 'ibn', 'abu'],
  titles: [
    'Presiden', 'Wakil', 'Menteri', 'Menko', 'Gubernur', 'Bupati', 'Wali', 'Walikota', 'Camat', 'Lurah',
    'Kepala', 'Ketua', 'Sekretaris', 'Direktur', 'Dirut', 'Komisaris', 'Duta', 'Dubes', 'Jenderal',
    'Jendral', 'Panglima', 'Kapolri', 'Kapolda', 'Kapolres', 'Jaksa', 'Hakim', 'Anggota', 'Juru', 'Jubir', 'Jurubicara', 'Juru Bicara',
    'Pelaksana', 'Plt', 'Asisten', 'Komandan', 'Wakil Komandan', 'Deputi', 'Staf', 'Khusus', 'Ahli', 'Pengamat', 'Ekonom', 'Peneliti',
    'Analis', 'Dosen', 'Guru', 'Rektor', 'Dekan', 'Profesor', 'Prof', 'Pemimpin', 'Pimpinan', 'Manajer',
    'Koordinator', 'Kabid', 'Kadis', 'Kasubdit', 'Dirjen', 'Sekjen', 'Wasekjen', 'Sekretaris Jenderal', 'Irjen', 'Brigjen', 'Mayjen', 'Letjen',
    'Kombes', 'AKBP', 'Kompol', 'Ajun', 'Komisaris', 'Inspektur', 'Kapten', 'Kolonel', 'Laksamana', 'Marsekal',
    'Tokoh', 'Pendiri', 'Founder', 'Co-Founder', 'Co-founder', 'Cofounder', 'Petahana', 'CEO', 'Atase', 'Presdir', 'Wamen', 'Wapres', 'Senator', 'Pelatih', 'Kapten', 'Legislator',
    'Perdana', 'Raja', 'Ratu', 'Pangeran', 'Sultan', 'Paus', 'Kanselir', 'Pj', 'Penjabat', 'Sekda',
    'Menkominfo', 'Menkeu', 'Mendag', 'Menlu', 'Mendagri', 'Menhan', 'Menkes', 'Mendikbud', 'Mendikbudristek',
    'Menperin', 'Menaker', 'Mentan', 'Menhub', 'Menpar', 'Menparekraf', 'Menag', 'Mensos', 'Menpora',
    'Menteri BUMN', 'Menkumham', 'Menko Polhukam', 'Menkopolhukam', 'Menko Perekonomian', 'Menpan',
    'Menkomdigi', 'Menekraf', 'Menkop', 'Menteri ESDM', 'Menkokesra', 'Menkopolkam', 'Menakertrans', 'Menegpora',
    'Menhut', 'Menristek', 'Mendiknas', 'Menpupr', 'Mensesneg', 'Seskab', 'Menlhk', 'Menkomarves', 'Menkopmk',
    'Komjen', 'Komjen Pol', 'Irjen Pol', 'Brigjen Pol', 'Komisaris Besar', 'Komisaris Besar Polisi', 'Ajun Komisaris Besar Polisi', 'Ajun Komisaris Polisi',
    'Komisaris Polisi', 'Inspektur Polisi Satu', 'Inspektur Polisi Dua', 'Inspektur Jenderal', 'Brigadir Jenderal', 'Komisaris Jenderal', 'Brigadir Polisi', 'AKP', 'Iptu', 'Ipda', 'Aiptu', 'Bripka', 'Briptu',
    'Bripda', 'Letkol', 'Mayor', 'Serka', 'Sertu', 'Kopral', 'Prajurit', 'Laksda', 'Laksdya', 'Marsda',
    'Capres', 'Cawapres', 'Cagub', 'Cawagub', 'Calon', 'Caleg', 'Kader', 'Politikus', 'Politisi', 'Aktivis',
    'Pakar', 'Guru Besar', 'Pengacara', 'Kuasa Hukum', 'Advokat', 'Tersangka', 'Terdakwa', 'Saksi',
    'Kapolsek', 'Kapuspen', 'Kabareskrim', 'Kasad', 'Kasal', 'Kasau', 'Danrem', 'Dandim', 'Pangdam',
    'Kajati', 'Kajari', 'Kadiv', 'Karo', 'Kasubag', 'Kabag', 'Kakanwil', 'Komut', 'Wadir', 'Wakapolri',
    // police, military and prosecutors' posts written short
    'Dirlantas', 'Dirreskrimum', 'Dirreskrimsus', 'Dirresnarkoba', 'Dirpolairud', 'Dirbinmas', 'Dirintelkam', 'Dirsabhara',
    'Kasat', 'Kasatlantas', 'Kasatreskrim', 'Kasatnarkoba', 'Kasatintelkam', 'Kasatsabhara', 'Kapolresta', 'Kapolrestabes',
    'Wakapolda', 'Wakapolres', 'Kabidhumas', 'Kadivhumas', 'Kakorlantas', 'Kabaharkam', 'Karopenmas', 'Kasubbid', 'Kanit',
    'Kanitreskrim', 'Kapolairud', 'Irwasum', 'Danlanud', 'Danlantamal', 'Danyon', 'Danramil', 'Danjen', 'Pangkostrad',
    'Pangkoarmada', 'Pangkogabwilhan', 'Danpaspampres', 'Kapendam', 'Kadispen', 'Kasum', 'Wakasad', 'Kalapas', 'Karutan',
    'Kasi', 'Kasie', 'Kades', 'Kadus', 'Modin', 'Kamituwo', 'Carik', 'Kasipidsus', 'Kasipidum', 'Kasintel', 'Aspidsus', 'Aspidum', 'Jampidsus', 'Jampidum',
    'Jamintel', 'Kapuspenkum', 'Kadisdik', 'Kadinkes', 'Jaksa Penuntut Umum', 'Penuntut Umum', 'JPU',
    'Wagub', 'Wabup', 'Wawali', 'Wali Kota', 'Pendeta', 'Uskup', 'Imam', 'Penyanyi', 'Artis',
    'Aktor', 'Aktris', 'Pemain', 'Penyerang', 'Gelandang', 'Kiper', 'Bek', 'Atlet', 'Pebulu tangkis',
    'Petinju', 'Pembalap', 'Pebalap', 'Pesepakbola', 'Pebulutangkis', 'Petenis', 'Pesenam', 'Pelari', 'Pedayung', 'Pegolf', 'Perenang', 'Lifter', 'Pesilat', 'Pesepak bola', 'Pegulat', 'Pemanah', 'Pecatur', 'Karateka', 'Pejudo', 'Pebasket', 'Pevoli', 'Sutradara', 'Penulis', 'Wartawan', 'Fotografer', 'Sejarawan', 'Budayawan', 'Sastrawan', 'Seniman', 'Rohaniwan', 'Negarawan', 'Cendekiawan', 'Komisioner', 'Ilmuwan', 'Ibu Negara', 'Jaksa Agung', 'Hakim Agung', 'Uskup Agung', 'PM', 'Ketum', 'Kaur', 'Sunan', 'Sheikh', 'Syekh', 'Syaikh', 'Syeikh', 'Kaisar',
    // Javanese titles of nobility and of elders, written as part of the name
    'Raden', 'Nyi',
    // music, stage and screen
    'Gitaris', 'Bassis', 'Basis', 'Drummer', 'Vokalis', 'Pianis', 'Keyboardis', 'Musisi', 'Komposer', 'Produser', 'Rapper',
    'Pedangdut', 'Biduan', 'Biduanita', 'Komedian', 'Pelawak', 'Presenter', 'Penyiar', 'Koreografer', 'Penari', 'Dalang', 'Pesinden',
    // English titles kept in Indonesian text
    'VP', 'SVP', 'EVP', 'GM', 'Director', 'Manager', 'Chairman', 'President', 'Pilot', 'Kopilot', 'Copilot', 'Capt',
    // crews
    'Mekanik', 'Teknisi', 'Pramugari', 'Pramugara', 'Navigator', 'Masinis', 'Nakhoda', 'Nahkoda',
  ],
  nameTitles: ['Sultan', 'Ratu', 'Pangeran', 'Paus', 'Sunan', 'Sheikh', 'Syekh', 'Syaikh', 'Syeikh', 'Kaisar', 'Raden', 'Nyi'],
  // Balinese names: "I" (men) or "Ni" (women), then a birth-order name or a caste title.
  nameLeads: [
    'I Wayan', 'I Made', 'I Nyoman', 'I Ketut', 'I Putu', 'I Gede', 'I Kadek', 'I Komang', 'I Nengah', 'I Gusti', 'I Dewa', 'I Dewa Gede',
    'Ni Wayan', 'Ni Made', 'Ni Nyoman', 'Ni Ketut', 'Ni Putu', 'Ni Kadek', 'Ni Komang', 'Ni Nengah', 'Ni Luh', 'Ni Gusti', 'Ni Desak',
  ],
  titleComplements: [
    'Kabinet', 'Eksekutif', 'Utama', 'Umum', 'Jenderal', 'Besar', 'Senior', 'Muda', 'Madya', 'Pertama', 'Bicara',
    'Keuangan', 'Perdagangan', 'Pertahanan', 'Luar', 'Dalam', 'Negeri', 'Komunikasi', 'Informatika',
    'Pendidikan', 'Kebudayaan', 'Riset', 'Teknologi', 'Kesehatan', 'Agama', 'Pertanian', 'Perindustrian',
    'Sosial', 'Perhubungan', 'Pariwisata', 'Ekonomi', 'Kreatif', 'Energi', 'Sumber', 'Daya', 'Mineral',
    'Hukum', 'HAM', 'Hak', 'Asasi', 'Manusia', 'BUMN', 'ESDM', 'Koordinator', 'Bidang', 'Perekonomian',
    'Politik', 'Keamanan', 'Kemaritiman', 'Investasi', 'Ketenagakerjaan', 'Tenaga', 'Kerja', 'Lingkungan',
    'Hidup', 'Kehutanan', 'Kelautan', 'Perikanan', 'Pemuda', 'Olahraga', 'Desa', 'Pembangunan', 'Daerah',
    'Tertinggal', 'Transmigrasi', 'Perencanaan', 'Nasional', 'Aparatur', 'Negara', 'Reformasi', 'Birokrasi',
    'Koperasi', 'Usaha', 'Kecil', 'Menengah', 'Perumahan', 'Rakyat', 'Pekerjaan', 'Agraria', 'Tata', 'Ruang',
    'Sekretariat', 'Pemberdayaan', 'Perempuan', 'Perlindungan', 'Anak', 'Digital', 'Operasional',
    'Pemasaran', 'Bisnis', 'Komersial', 'Teknik', 'Produksi', 'Hubungan', 'Masyarakat', 'Humas',
    'Penerangan', 'Divisi', 'Bagian', 'Biro', 'Harian', 'Pelaksana', 'Tugas', 'Tinggi', 'Polhukam', 'Kesra', 'Marves', 'PMK', 'Maritim', 'Operation', 'Operations', 'Executive', 'Managing', 'Regional',
    'Polisi', 'Daerah', 'Istimewa', 'Kehormatan', 'Penuh', 'Berkuasa', 'Luar Biasa', 'Menteri',
    'Terpilih', 'Nonaktif', 'Definitif', 'Niaga', 'Pengembangan', 'Strategis', 'Perusahaan', 'Pol',
    'Presiden', 'Wakil', 'Direktur', 'Ketua', 'Kepala', 'Sekretaris', 'Dewan', 'Pembina', 'Pengawas',
    'Fraksi', 'Komisi', 'Independen', 'Non', 'Tetap', 'Sementara', 'Provinsi', 'Kota', 'Kabupaten', 'Mantan', 'Eks',
    'Keadilan', 'Kehakiman', 'Kesejahteraan', 'Pertambangan', 'Pemerintahan', 'Edukasi', 'Konsumen',
    // military units after a title ("Komandan Batalyon 4") and the corps after a rank ("Letkol Inf")
    'Kompi', 'Batalyon', 'Resimen', 'Brigade', 'Peleton', 'Skuadron', 'Infanteri', 'Kavaleri', 'Artileri',
    'Inf', 'Kav', 'Arh', 'Czi', 'Cpm', 'Chb', 'Ckm', 'Cku', 'Cpl', 'Caj', 'Chk', 'Cpn', 'Pnb', 'Psk', 'Nav', 'Tek', 'Lek', 'Sus',
  ],
  honorifics: ['Bapak', 'Ibu', 'Pak', 'Bu', 'Saudara', 'Saudari', 'Sdr', 'Tuan', 'Nyonya', 'Nona', 'Haji', 'Hj', 'H', 'Dr', 'Ir', 'Drs', 'Dra', 'KH', 'Kyai', 'Kiai', 'Ustaz', 'Ustad', 'Ustadz', 'Mang', 'Habib', 'Mas', 'Mbak', 'Bung', 'Ny', 'Om', 'Tante', 'Mbah', 'Alm', 'Almarhum', 'Almarhumah', 'Pdt', 'Mgr'],
  ministryHeads: ['Kementerian', 'Kementrian', 'Departemen'],
  orgHeads: [
    'Kementerian', 'Kemenkeu', 'Kemendag', 'Kemenlu', 'Kemenkes', 'Kemendagri', 'Kemenhan', 'Kemenag',
    'Kemenperin', 'Kemnaker', 'Kementan', 'Kemenhub', 'Kemenparekraf', 'Kemensos', 'Kemenpora', 'Kemkominfo',
    'Kemendikbud', 'Kemendikbudristek', 'Kemenkumham', 'Kemenkominfo', 'Kemenko', 'Kemenkomdigi',
    'Timnas', 'Kantor Berita', 'Pengurus Besar', 'Pengurus Pusat', 'Badan', 'Departemen', 'Dinas', 'Komisi', 'Dewan', 'Majelis', 'Mahkamah', 'Pengadilan', 'Kejaksaan', 'Kepolisian',
    'Polda', 'Polres', 'Polsek', 'Kodam', 'Korem', 'Kodim', 'Bank', 'PT', 'CV', 'Perum', 'Perumda',
    'Universitas', 'Institut', 'Sekolah', 'Politeknik', 'Akademi', 'Asosiasi', 'Himpunan', 'Ikatan',
    'Persatuan', 'Perhimpunan', 'Gabungan', 'Serikat', 'Partai', 'Yayasan', 'Lembaga', 'Pusat', 'Direktorat',
    'Inspektorat', 'Sekretariat', 'Otoritas', 'Fakultas', 'Kabinet', 'Koalisi', 'Angkatan Darat', 'Angkatan Laut',
    'Angkatan Udara', 'Harian', 'Majalah', 'Tabloid', 'Koran', 'PN', 'PTUN', 'Kedutaan Besar', 'Kedutaan', 'Kedubes', 'Konsulat Jenderal', 'Konsulat',
    'Pemerintah Provinsi', 'Pemerintah Kota', 'Pemerintah Kabupaten', 'Pemerintah Daerah', 'Pemprov',
    'Pemkot', 'Pemkab', 'Pemda', 'DPR', 'DPRD', 'DPD', 'DPP', 'DPW', 'DPC', 'MPR', 'Kamar Dagang', 'Koperasi', 'Grup',
    'Forum', 'Konsorsium', 'Organisasi', 'Radio', 'Komite', 'Satuan Tugas', 'Satgas', 'Tim', 'Persatuan',
    'Kongres', 'Federasi', 'Liga', 'Klub', 'Pondok Pesantren', 'Kementrian', 'Konsil', 'Presidium',
    'Kelompok', 'Paguyuban', 'Komunitas', 'Perkumpulan', 'Kejati', 'Kejari', 'Pengadilan Negeri',
    // a league's division opens the league's name: "Divisi Utama Liga Indonesia"
    'Divisi Utama', 'Divisi Satu', 'Divisi Dua', 'Divisi Tiga',
    // English heads used as they are in Indonesian copy
    'Institute', 'Center', 'Centre', 'Council', 'Foundation', 'University', 'Association', 'Bureau',
    // forms of a football club before its name: "FK Crvena Zvezda" (not "SK": a decree, Surat
    // Keputusan; nor "AFC", the confederation: "Presiden AFC | Sheikh Salman")
    'FC', 'FK',
  ],
  shortHeads: {
    Pemprov: 'Pemerintah Provinsi', Pemkot: 'Pemerintah Kota', Pemkab: 'Pemerintah Kabupaten', Pemda: 'Pemerintah Daerah',
    Pemdes: 'Pemerintah Desa', Kejati: 'Kejaksaan Tinggi', Kejari: 'Kejaksaan Negeri', Kanwil: 'Kantor Wilayah', Dinkes: 'Dinas Kesehatan',
    Disdik: 'Dinas Pendidikan', Dishub: 'Dinas Perhubungan', DPRD: 'Dewan Perwakilan Rakyat Daerah',
    Polda: 'Kepolisian Daerah', Polres: 'Kepolisian Resor', Polresta: 'Kepolisian Resor Kota', Polsek: 'Kepolisian Sektor',
    Kodam: 'Komando Daerah Militer', Korem: 'Komando Resor Militer', Kodim: 'Komando Distrik Militer',
  },
  companyForms: ['PT', 'CV', 'Tbk', 'Persero', 'Perum', 'Perumda', 'Inc', 'Corp', 'Co', 'Ltd', 'LLC', 'Plc', 'BV', 'NV', 'AG', 'GmbH', 'Pte', 'Bhd'],
  orgTails: ['United', 'Athletic', 'Rovers', 'Wanderers', 'Hotspur', 'Albion', 'Sekuritas', 'Digital', 'Research', 'Studies', 'Finance', 'Capital', 'Ventures', 'Labs', 'Tbk', 'Group', 'Grup', 'University', 'Institute', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Limited', 'Foundation', 'Bank', 'Airlines', 'Airways', 'Air', 'Holding', 'Holdings', 'Persero', 'FC', 'Club', 'Center', 'Centre', 'Association', 'Council', 'Records', 'Pictures', 'Studios', 'Entertainment', 'Productions', 'Films', 'Television', 'TV', 'Broadcasting',
    'Network', 'Channel', 'Band', 'Orchestra', 'Lines', 'Motors', 'Company', 'Enterprises', 'Industries', 'Media', 'Partners', 'Associates', 'Service', 'Services', 'College', 'School', 'Academy', 'Organisation', 'Organization',
    'Production', 'Technologies', 'Technology', 'Payments', 'Communications', 'Systems', 'BV', 'NV', 'GmbH', 'Bhd'],
  placeHeads: [
    'Kota', 'Kabupaten', 'Kab', 'Provinsi', 'Propinsi', 'Prov', 'Kecamatan', 'Kec', 'Kelurahan', 'Kel', 'Desa', 'Dusun', 'Kampung',
    'Jalan', 'Jl', 'Jalur', 'Dataran Tinggi', 'Gedung', 'Pulau', 'Kepulauan', 'Selat', 'Laut', 'Teluk', 'Gunung', 'Sungai', 'Danau', 'Pantai',
    'Tanjung', 'Bandara', 'Bandar Udara', 'Pelabuhan', 'Stasiun', 'Terminal', 'Kawasan', 'Lapangan',
    'Stadion', 'Alun-alun', 'Candi', 'Benua', 'Semenanjung', 'Lembah', 'Taman Nasional',
    // Buildings, sites and schools are places one goes to: "dirawat di Rumah Sakit Fatmawati",
    // "bersekolah di SMA Negeri 1 Pandaan". Universities stay organisations.
    'Rumah Sakit', 'RSUD', 'RSUP', 'RS', 'Masjid', 'Gereja', 'Pura', 'Klenteng', 'Vihara', 'Museum',
    'Hotel', 'Pasar', 'Istana', 'Mal', 'Mall', 'Plaza', 'Jembatan', 'Bendungan', 'Taman', 'Monumen',
    'SD', 'SDN', 'SMP', 'SMPN', 'SMA', 'SMAN', 'SMU', 'SMK', 'SMKN', 'MTs', 'MAN',
    // school levels written out: no name alone ("lulus Sekolah Dasar"), a head before one's name
    'Sekolah Dasar', 'Sekolah Menengah Pertama', 'Sekolah Menengah Atas', 'Sekolah Menengah Kejuruan',
    'Sekolah Lanjutan Tingkat Pertama', 'Sekolah Lanjutan Tingkat Atas', 'Sekolah Menengah Umum', 'Sekolah Teknik Mesin',
    'Gua', 'Goa', 'Waduk', 'Bukit', 'Puncak', 'Bengawan', 'Cagar Alam', 'Hutan', 'Air Terjun', 'Kastil', 'Benteng', 'Toko',
    'Negara Bagian', 'Kerajaan', 'Kesultanan', 'Kompleks', 'Komplek',
    'Kraton', 'Keraton', 'Kali', 'Ranu', 'Telaga', 'Kawah', 'Pegunungan', 'Muara', 'Pedukuhan', 'Padukuhan', 'Dukuh', 'Kawedanan',
    'Jalan Tol', 'Gerbang Tol', 'Tol',
    'Rutan', 'Lapas', 'Rumah Tahanan', 'Lembaga Pemasyarakatan',
    'Situs', 'Tugu', 'Sirkuit', 'Pangkalan Udara', 'Lanud', 'Menara', 'Wisma', 'Graha', 'Gelanggang', 'Paviliun', 'Kebun Raya', 'Balai Kota', 'Balaikota',
    // units of other countries and of old: "Prefektur Chiba", "Region Bago", "Distrik Kiwirok", "Karesidenan Lampung"
    'Prefektur', 'Distrik', 'Region', 'County', 'Karesidenan', 'Keresidenan', 'Kotamadya', 'Kota Madya',
  ],
  placeModifiers: ['New', 'North', 'South', 'East', 'West', 'Southern', 'Northern', 'Western', 'Eastern', 'Lower', 'Upper', 'Greater', 'Republik', 'Negara', 'Kerajaan', 'Soviet', 'County', 'Region', 'Wilayah'],
  placeUnits: ['Provinsi', 'Propinsi', 'Prov', 'Kabupaten', 'Kab', 'Kota', 'Kecamatan', 'Kec', 'Kelurahan', 'Kel', 'Desa', 'Dusun', 'Kampung', 'Distrik', 'Region', 'Prefektur'],
  lowerHeadCompounds: ['ibu kota', 'ibu desa'],
  lowerPlaceHeads: ['kota', 'kabupaten', 'provinsi', 'kecamatan', 'kelurahan', 'desa', 'dusun', 'kampung', 'jalan', 'sungai', 'pantai', 'pulau', 'danau', 'kompleks', 'komplek'],
  placePrepositions: [
    'di', 'ke', 'menuju', 'kota', 'kabupaten', 'provinsi', 'daerah', 'wilayah', 'kawasan', 'desa', 'kecamatan',
    'kelurahan', 'pulau', 'negara', 'ibukota', 'kampung', 'dusun', 'distrik', 'negeri', 'benua', 'asal',
    'penduduk', 'dukuh', 'perbatasan',
    // kinds of land and water, and directions: "di selatan Tauranga", "pegunungan Mekongga"
    'prefektur', 'kepulauan', 'perairan', 'pedalaman', 'pesisir', 'pegunungan', 'gunung', 'bukit', 'puncak', 'lereng', 'lembah', 'permukiman', 'pemukiman',
    'selatan', 'utara', 'barat', 'timur', 'tenggara',
  ],
  orgCuesBefore: [
    'perusahaan', 'maskapai', 'partai', 'klub', 'bank', 'lembaga', 'organisasi', 'harian', 'majalah', 'media',
    'kelompok', 'raksasa', 'produsen', 'operator', 'emiten', 'startup', 'platform', 'koalisi', 'ormas',
    'tim', 'grup', 'band', 'fraksi', 'kantor berita', 'stasiun televisi', 'situs', 'aplikasi', 'label',
    'penerbit', 'personel', 'kader', 'radio', 'televisi', 'pabrikan', 'konsorsium', 'studio', 'kesebelasan', 'skuad',
    'timnas', 'dilansir', 'melansir', 'federasi', 'asosiasi', 'serikat', 'yayasan', 'institusi', 'instansi', 'korporasi', 'sindikat', 'milisi',
    'perkumpulan', 'komunitas', 'paguyuban',
    // media quoted as a source, and a team's shirt or a brand
    'surat kabar', 'koran', 'dikutip dari', 'dilansir dari', 'melansir dari', 'diberitakan', 'laporan', 'memberitakan', 'firma', 'merek', 'berseragam',
    // bands and clubs one joins or plays for ("bermain untuk Saint Andrews")
    'bergabung dengan', 'bermain untuk', 'grup musik', 'grup vokal', 'kelompok musik', 'boyband', 'girlband', 'duo', 'trio', 'memperkuat',
    // business partners and makers, and sites quoted
    'bermitra dengan', 'pengembang', 'distributor', 'sponsor', 'brand', 'perusahaan rintisan', 'marketplace', 'dikutip', 'laman', 'portal',
    // a body one founds: "mendirikan Borobudur Film"
    'mendirikan',
  ],
  titleSmallWords: ['to', 'the', 'of', 'a', 'an', 'in', 'on', 'for', 'and', 'or', 'with', 'no', 'wa', 'ga', 'wo', 'de', 'la', 'le', 'des', 'du', 'dei', 'della', 'delle', 'degli'],
  otherCuesBefore: ['penghargaan', 'anugerah', 'bahasa', 'berbahasa', 'suku', 'spesies', 'genus', 'jamur', 'film', 'lagu', 'album', 'singel', 'single', 'novel', 'buku', 'serial', 'miniseri', 'telenovela', 'sinetron', 'drama', 'judul', 'berjudul', 'bertajuk',
    'marga', 'keturunan', 'etnis', 'beretnis', 'tradisi', 'perjanjian', 'piala', 'kompetisi', 'varietas',
    'mobil', 'ponsel', 'varian', 'tipe', 'game', 'gim', 'konsol', 'acara',
    'chipset', 'prosesor', 'cip', 'fitur', 'smartphone', 'gawai', 'animasi',
    'pohon', 'tanaman', 'filum', 'fosil', 'rudal', 'badai', 'topan', 'periode', 'penganugerahan'],
  // Words of will and belief, which a person does ("Jero ingin ..."), not adverbs a thing
  // may take too ("Bitcoin kini ...", "Bitcoin sempat ...", "Omicron justru ...").
  subjectFollowers: ['ingin', 'mau', 'hendak', 'percaya', 'yakin', 'optimistis', 'pesimistis', 'pantang', 'enggan'],
  schoolLevels: ['SD', 'SMP', 'SMA', 'SMK', 'SMU', 'SLTP', 'SLTA'],
  // (not "saat", "ketika", "selama": "Saat SMA Pangudi Luhur menggelar ..." speaks of the school)
  lifeStageCues: ['sejak', 'semasa', 'menginjak', 'sewaktu'],
  personCuesAfter: ['lahir', 'dilahirkan', 'meninggal', 'wafat', 'menikah', 'berusia', 'bersaudara',
    // (not "berperan" nor "lulus", which bodies and products do too: "BI berperan", "Sinovac lulus uji")
    'membintangi', 'memerankan', 'bernyanyi', 'menjabat', 'kuliah', 'bersekolah', 'pensiun', 'dibesarkan'],
  initialsCues: ['berinisial', 'inisial', 'berinisal'],
  fromConnectors: ['dari'],
  distanceWords: ['km', 'kilometer', 'meter', 'mil'],
  towardWords: ['ke', 'menuju'],
  // "Budi Santoso | dari | Jawa Tengah"; after an organisation "dari" is read by the rules on organisations and places
  affiliationConnectors: ['dari'],
  // not "Sr": in Indonesian it is a nun's title (Suster)
  nameSuffixes: ['Jr'],
  namingWords: ['bernama', 'dengan nama', 'diberi nama', 'bernamakan'],
  // English names keep their article: "The Pink Floyd Sound", "The Times"
  nameArticles: ['The'],
  // after a one-word name, a football club's form: "Selangor FA", "Hannover SC", "Valencia CF"
  clubForms: ['FA', 'SC', 'CF', 'SV', 'AFC'],
  streetHeads: ['Jalan', 'Jl', 'Jln', 'Gang', 'Gg', 'Lorong'],
  partLinks: ['pada'],
  bracketPersonCues: ['vokal', 'vokalis', 'gitar', 'gitaris', 'bass', 'bas', 'bassis', 'basis', 'drum', 'drummer', 'keyboard', 'kibor', 'keyboardis', 'perkusi', 'piano', 'pianis', 'synthesizer', 'DJ'],
  memberNouns: ['kader', 'personel', 'personil', 'anggota', 'pemain', 'pengurus'],
  personNouns: ['pengusaha', 'warga', 'pejabat', 'penduduk', 'pemuda', 'mahasiswa', 'siswa', 'petani', 'nelayan', 'buruh', 'seniman', 'ulama', 'pegawai', 'karyawan', 'sopir', 'pengemudi', 'pedagang', 'pelaku', 'korban', 'tersangka'],
  possessiveClitics: ['nya'],
  venueTails: ['Convention Center', 'Convention Centre', 'Exhibition Center', 'Exhibition Centre', 'Expo Center', 'Sports Center'],
  unitHeads: ['Fakultas', 'Jurusan', 'Program Studi', 'Prodi'],
  climaxHeads: ['puncak'],
  kindWords: ['negeri', 'swasta', 'unggulan', 'terpadu', 'katolik', 'kristen', 'islam', 'lainnya'],
  lowerCasePlaces: true,
  listIntroducers: ['yaitu', 'yakni', 'antara lain', 'seperti', 'di antaranya', 'diantaranya', 'meliputi', 'termasuk'],
  characterCues: ['sebagai', 'memerankan', 'pemeran'],
  characterLinks: ['dalam', 'di'],
  castWords: ['berperan', 'memerankan', 'peran', 'pemeran', 'tokoh', 'karakter', 'suara', 'pengisi', 'membintangi', 'dibintangi', 'pemain'],
  workTitleCues: ['bertajuk', 'berjudul', 'judul', 'bertitel'],
  possessionCues: ['mobil', 'ponsel', 'smartphone', 'gawai'],
  sportsWords: ['gol', 'laga', 'pertandingan', 'klub', 'liga', 'striker', 'gelandang', 'bek', 'kiper', 'klasemen', 'penalti', 'tandang', 'sepak'],
  aliasWords: ['alias', 'akrab disapa', 'biasa disapa', 'yang akrab disapa', 'yang biasa disapa', 'akrab dipanggil', 'biasa dipanggil', 'yang akrab dipanggil', 'yang biasa dipanggil', 'atau yang akrab disapa', 'atau akrab disapa', 'sapaan akrab', 'sapaan akrabnya'],
  personCuesBefore: ['pasangan', 'karya', 'putra', 'putri', 'istri', 'suami', 'anak', 'ayah', 'ibunda', 'ayahanda', 'adik', 'kakak',
    // a part played, and who plays it
    'memerankan', 'diperankan', 'dibintangi', 'peran',
    // who sang, directed, composed or painted a work
    'dinyanyikan', 'disutradarai', 'dikarang', 'digubah', 'dilukis', 'diproduseri', 'dibawakan', 'dipopulerkan'],
  lowerPlaceTails: ['utara', 'selatan', 'barat', 'timur', 'tenggara', 'barat daya', 'barat laut', 'timur laut'],
  // Directions after a place's name, and English place words in names written in English.
  placeCompounds: [],
  placeTails: ['Pusat', 'Utara', 'Selatan', 'Barat', 'Timur', 'Tengah', 'Raya', 'Baru', 'Daya', 'Laut', 'Kulon', 'Wetan', 'Lor', 'Kidul', 'Girang', 'Hilir', 'Hulu', 'Pesisir', 'Latin', 'City', 'River', 'Island', 'Street', 'Road', 'Lake', 'Park', 'Square', 'Bridge', 'Castle'],
  calendarWords: [
    'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad',
    'Januari', 'Februari', 'Pebruari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
    'Oktober', 'November', 'Nopember', 'Desember', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Agu', 'Agt',
    'Sep', 'Okt', 'Nov', 'Des', 'WIB', 'WITA', 'WIT',
  ],
  nonNames: [
    'Rp', 'Hal', 'Namun', 'Selain', 'Sementara', 'Saat', 'Tatkala', 'Ketika',
    // conjunctions and sentence adverbs that start a sentence before a name
    'Kendati', 'Meski', 'Meskipun', 'Walaupun', 'Walau', 'Sedangkan', 'Adapun', 'Bahkan', 'Padahal', 'Apabila',
    'Seandainya', 'Sekalipun', 'Biarpun', 'Lantaran', 'Akibatnya', 'Sayangnya', 'Untungnya',
    'Kadangkala', 'Manakala', 'Seraya', 'Sembari', 'Sekiranya', 'Andaikata', 'Andaikan', 'Jikalau', 'Alhasil', 'Walhasil',
    'Bilamana', 'Kendatipun', 'Acapkali', 'Kiranya',
    'Pada', 'Dalam', 'Dengan', 'Untuk', 'Sebagai', 'Sebelumnya', 'Kemudian', 'Selanjutnya', 'Menurutnya',
    'Tahun', 'Bulan', 'Hari', 'Pukul', 'Sumber', 'Pewarta', 'Editor', 'Baca', 'Juga', 'Foto', 'Video',
    'Kami', 'Saya', 'Kita', 'Mereka', 'Dia', 'Ia', 'Beliau', 'Anda', 'Ini', 'Itu', 'Berbagai', 'Para',
    'Hari Raya', 'Idul Fitri', 'Idulfitri', 'Idul Adha', 'Iduladha', 'Hijriah', 'Hijriyah', 'Masehi', 'Syawal', 'Muharram',
    'Lebaran', 'Natal', 'Imlek', 'Waisak', 'Nyepi', 'Ramadhan', 'Ramadan', 'COVID', 'Covid',
    // religions, peoples and languages: words about groups, not names of entities
    'Islam', 'Muslim', 'Kristen', 'Katolik', 'Protestan', 'Hindu', 'Buddha', 'Budha', 'Konghucu', 'Yahudi',
    'Sunni', 'Syiah', 'Batak', 'Sunda', 'Betawi', 'Tionghoa', 'Melayu', 'Bugis', 'Minang', 'Minangkabau',
    'Dayak', 'Asmat', 'Toraja', 'Tamil', 'Telugu', 'Hindi', 'Marathi', 'Urdu', 'Mandarin',
    'Kanton', 'Latin', 'Sanskerta', 'Jawa Kuno', 'Kurdi', 'Uighur', 'Uyghur', 'Pashtun', 'Rohingya',
    'Tuhan', 'Allah', 'Yang Mulia', 'Yang Maha Esa', 'Masehi',
    // the homeland and water sports, not an airline's name ("di Tanah Air", "arena Polo Air")
    'Tanah Air', 'Polo Air', 'Ski Air',
    // stock indices written as words
    'Nikkei', 'Kospi', 'Hang Seng', 'Straits Times Index', 'Shanghai Composite',
    // ideologies and the state's principles
    'Pancasila', 'Bhinneka Tunggal Ika', 'Komunisme', 'Marxisme', 'Leninisme', 'Liberalisme', 'Kapitalisme', 'Sosialisme', 'Khilafah', 'Zionisme',
    // diseases
    'Ebola', 'Malaria', 'Zika', 'MERS', 'SARS', 'HIV', 'AIDS', 'Corona', 'Demam Berdarah', 'Tuberkulosis',
    'TBC', 'Kolera', 'Polio', 'Difteri', 'Cacar', 'Antraks', 'Rabies',
    // systems, devices and apps; fuels and oil benchmarks
    'Android', 'iOS', 'iPhone', 'iPad', 'MacBook', 'PlayStation', 'Xbox', 'Skype',
    'Internet', 'WhatsApp', 'Telegram', 'Pertalite', 'Pertamax', 'Pertamax Turbo', 'Dexlite', 'Solar', 'Brent', 'West Texas Intermediate',
  ],
  otherHeads: [
    'Bahasa', 'Sastra', 'Gerakan', 'Program', 'Penghargaan', 'Anugerah', 'Undang-Undang', 'UU', 'Peraturan', 'Perpres', 'Permen', 'Perda', 'Keputusan',
    'Keppres', 'Kepres', 'Perppu', 'Perpu', 'Inpres', 'Permendagri', 'Permenkes', 'Pergub', 'Perwali', 'Perbup', 'SKB',
    'Festival', 'Piala', 'Liga', 'La Liga', 'Pemilu', 'Pilkada', 'Pilpres', 'Konferensi', 'Pertemuan', 'Forum',
    'Rapat', 'Sidang', 'Paripurna', 'Hari', 'Pekan', 'Munas', 'Munaslub', 'Mukernas', 'Muktamar', 'Rakernas', 'Raker',
    'Rapimnas', 'Pileg', 'Pilgub', 'Pilwalkot', 'Pilbup', 'Pilkades', 'Rancangan', 'Pansel', 'Pansus', 'Panja', 'Riskesdas', 'RUU', 'Operasi', 'Proyek', 'Kartu', 'Bantuan', 'Kredit', 'Paket',
    'Indeks', 'Laporan', 'Rencana', 'Strategi', 'Visi', 'Sensus', 'Survei', 'Olimpiade', 'Asian Games', 'SEA Games',
    'Kejuaraan', 'Turnamen', 'Kualifikasi', 'Final', 'Grand Prix', 'GP', 'Pemilukada', 'Pemilihan', 'Zaman', 'Era', 'Masa', 'Orde', 'Pasal', 'Ayat', 'Bab', 'Surat', 'Pertemuan Bilateral', 'KTT', 'Konferensi Tingkat Tinggi',
  ],
  otherTails: ['Award', 'Awards', 'Prize', 'Medal', 'Trophy', 'Expo', 'Fair', 'Championship'],
  // "Fraksi Partai Demokrat" (the party's faction) names the party.
  strippedPrefixes: ['Kantor', 'Markas', 'Fraksi', 'Wilayah'],
  copulas: ['adalah', 'merupakan', 'ialah', 'yakni'],
  articles: ['sebuah', 'suatu', 'salah', 'satu', 'sebagai', 'seorang', 'mantan', 'eks'],
  // before a post: "( pensiunan Guru )"
  formerWords: ['mantan', 'eks', 'pensiunan'],
  personArticles: ['seorang'],
  nameBreakers: [
    'dengan', 'yang', 'pada', 'dalam', 'oleh', 'ini', 'itu', 'adalah', 'ialah', 'merupakan', 'bahwa', 'akan',
    'juga', 'telah', 'sudah', 'tidak', 'tak', 'bisa', 'dapat', 'sebagai', 'kepada', 'terhadap', 'melalui',
    // "Jalan Merdeka Barat | No 3"
    'no', 'nomor', 'nomer',
    // a sentence's first word where its full stop is lost: "Ajax Amsterdam | Selain itu", "Ali Akbar Khan | Ia masih"
    'ia', 'dia', 'mereka', 'selain', 'namun', 'tetapi', 'karena', 'hanya', 'selama', 'sedangkan', 'meskipun', 'walaupun',
    // and words of a headline glued into the text: "Jackie Chan | Menjadi Duta ... | Menurut Sekretaris Jenderal ..."
    'menjadi', 'menurut',
    // "Mendur | Bersaudara": the brothers of that name
    'bersaudara',
  ],
  orgParents: ['DPR', 'DPRD', 'MPR', 'Partai', 'Bank', 'Kementerian', 'Kementrian', 'Universitas', 'Institut', 'Pemerintah Provinsi', 'Pemerintah Kota', 'Pemerintah Kabupaten'],
  // a foundation, a cooperative or a union of a body's people: "Yayasan Alumni Universitas Diponegoro"
  ownBodyHeads: ['Yayasan', 'Koperasi', 'Ikatan', 'Himpunan', 'Perhimpunan', 'Persatuan', 'Perkumpulan', 'Paguyuban', 'Serikat', 'Asosiasi'],
  givenNames,
  // ministries written short in one word: Kemenperin, Kemenhub, Kemendikbudristek
  orgPrefixes: ['Kemen', 'Kemk'],
  nonEntityAcronyms: [
    'AI', 'PDB', 'GDP', 'APBN', 'APBD', 'BBM', 'PHK', 'UMKM', 'UMR', 'UMP', 'PPN', 'PPh', 'IPO', 'CEO', 'CSR',
    'HAM', 'NIK', 'KTP', 'SIM', 'WIB', 'WITA', 'WIT', 'COVID', 'PSBB', 'PPKM', 'SDM', 'IT', 'TI', 'TV',
    'PR', 'OTT', 'RUU', 'UU', 'SK', 'PP', 'IKN', 'KUR', 'BLT', 'TKI', 'PMI', 'ASN', 'PNS', 'HUT', 'SPBU', 'KLB',
    'DKI', 'NTT', 'NTB', 'LPG', 'LNG', 'EV', 'WNI', 'WNA', 'SMA', 'SMP', 'SD', 'SMK', 'S1', 'S2', 'S3',
    // neighbourhood units, academic degrees, things
    'RT', 'RW', 'TK', 'PAUD', 'SH', 'MH', 'MT', 'ST', 'SE', 'MM', 'MSi', 'SPd', 'SKom', 'MBA', 'PhD', 'DVD', 'CD',
    'WC', 'KK', 'MC', 'DJ', 'KKN', 'SPP', 'MIPA', 'ATM', 'TKP', 'UUD', 'DNA', 'RNA', 'UKM', 'KUKM', 'TPS', 'POJK',
    // commodities and codes
    'CPO', 'HS', 'WTI', 'HPAL', 'RKEF', 'NPI',
    // school subjects and exams, family planning, standards and book numbers
    'IPA', 'IPS', 'UAN', 'UNAS', 'KB', 'OHP', 'ICT', 'CBD', 'ISO', 'ISBN', 'ISSN', 'RSBI', 'SSN', 'TPQ', 'SKM',
    // school levels, degrees, plans
    'SLTA', 'SLTP', 'SMU', 'STM', 'SMEA', 'SPG', 'MTs', 'BA', 'GBHN', 'SMS', 'VJ', 'RBT',
    // devices, documents and groups of people
    'CCTV', 'PC', 'CPU', 'GPU', 'RAM', 'ROM', 'USB', 'HD', 'LED', 'LCD', 'GPS', 'SPT', 'LHKPN', 'NIP', 'NPWP', 'SPDP', 'BAP', 'LGBT', 'LGBTQ',
    // stock indices
    'IHSG', 'LQ45', 'FTSE', 'DAX', 'CAC', 'KOSPI', 'STI', 'DJIA',
    // civil servants' tests, taboo topics, budgets and laws' short names
    'CPNS', 'PPPK', 'SARA', 'RAPBD', 'RAPBN', 'APBNP', 'ITE', 'KUHP', 'KUHAP',
    // vehicle papers, a party's statutes
    'STNK', 'BPKB', 'ART',
    // formats, tests, crimes, power plants, permits and codes
    'GIF', 'JPEG', 'PDF', 'MRI', 'KYC', 'OTP', 'PIN', 'QR', 'P2P', 'TPPU', 'TPPO', 'KDRT', 'PSK', 'ODGJ',
    'PLTU', 'PLTA', 'PLTS', 'PLTN', 'PLTD', 'PLTP', 'PLTGU', 'AMDAL', 'IMB', 'SIUP', 'SKCK', 'WN',
    // computer parts and units, first aid, a player's award
    'SSD', 'HDD', 'HDMI', 'LAN', 'NFC', 'GB', 'TB', 'OS', 'CPR', 'MVP',
  ],
  placeNames: {
    Tiongkok: 'China', RRT: 'China', 'Republik Rakyat Tiongkok': 'China', Cina: 'China',
    'Amerika Serikat': 'United States', AS: 'United States', Amerika: 'United States',
    'Republik Indonesia': 'Indonesia', RI: 'Indonesia', NKRI: 'Indonesia',
    // a city's hall, named so alone ("di Balai Kota")
    'Balai Kota': 'Balai Kota',
    Inggris: 'United Kingdom', 'Britania Raya': 'United Kingdom', Jepang: 'Japan', 'Korea Selatan': 'South Korea',
    Korsel: 'South Korea', 'Korea Utara': 'North Korea', Korut: 'North Korea', Jerman: 'Germany',
    Prancis: 'France', Perancis: 'France', Belanda: 'Netherlands', Rusia: 'Russia', Arab: 'Saudi Arabia',
    'Arab Saudi': 'Saudi Arabia', Mesir: 'Egypt', Turki: 'Turkey', Selandia: 'New Zealand',
    'Selandia Baru': 'New Zealand', Spanyol: 'Spain', Italia: 'Italy', Swiss: 'Switzerland', Belgia: 'Belgium',
    Filipina: 'Philippines', Thailand: 'Thailand', Vietnam: 'Vietnam', Kamboja: 'Cambodia', Singapura: 'Singapore',
    Yunani: 'Greece', Ukraina: 'Ukraine', Palestina: 'Palestine', Irak: 'Iraq', Suriah: 'Syria',
    Yordania: 'Jordan', Maroko: 'Morocco', 'Afrika Selatan': 'South Africa', Kanada: 'Canada',
    Meksiko: 'Mexico', Brasil: 'Brazil', Argentina: 'Argentina', 'Uni Emirat Arab': 'United Arab Emirates',
    UEA: 'United Arab Emirates', 'Timor Leste': 'Timor-Leste', Hongkong: 'Hong Kong', 'Hong Kong': 'Hong Kong',
    'Papua Nugini': 'Papua New Guinea', Polandia: 'Poland', Swedia: 'Sweden', Norwegia: 'Norway',
    Denmark: 'Denmark', Finlandia: 'Finland', Austria: 'Austria', Hungaria: 'Hungary', Hongaria: 'Hungary', Rumania: 'Romania', Slowakia: 'Slovakia', Kroasia: 'Croatia', Serbia: 'Serbia', Ceko: 'Czechia',
    Portugal: 'Portugal', Irlandia: 'Ireland', Skotlandia: 'Scotland', Tunisia: 'Tunisia', Aljazair: 'Algeria',
    'Hindia Belanda': 'Dutch East Indies', Libya: 'Libya', Libanon: 'Lebanon', Jordania: 'Jordan', Sudan: 'Sudan', Ethiopia: 'Ethiopia', Kenya: 'Kenya', Nigeria: 'Nigeria', Iran: 'Iran',
    Afganistan: 'Afghanistan', Pakistan: 'Pakistan', India: 'India', Bangladesh: 'Bangladesh',
    'Sri Lanka': 'Sri Lanka', Nepal: 'Nepal', Myanmar: 'Myanmar', Laos: 'Laos', Malaysia: 'Malaysia',
    Brunei: 'Brunei', 'Brunei Darussalam': 'Brunei', Australia: 'Australia', Taiwan: 'Taiwan', Qatar: 'Qatar',
    Kuwait: 'Kuwait', Yaman: 'Yemen', Oman: 'Oman', Bahrain: 'Bahrain', Lebanon: 'Lebanon', Israel: 'Israel',
    'Eropa': 'Europe', 'Asia Tenggara': 'Southeast Asia', 'Timur Tengah': 'Middle East', Afrika: 'Africa',
    Asia: 'Asia', 'Asia Pasifik': 'Asia-Pacific',
    // islands and regions
    Jawa: 'Java', Sumatera: 'Sumatra', Sumatra: 'Sumatra', Sulawesi: 'Sulawesi', Kalimantan: 'Kalimantan',
    Borneo: 'Borneo', Lombok: 'Lombok', Flores: 'Flores', Sumba: 'Sumba', Sumbawa: 'Sumbawa', Timor: 'Timor',
    Halmahera: 'Halmahera', Seram: 'Seram', Nias: 'Nias', Bintan: 'Bintan', Natuna: 'Natuna', Komodo: 'Komodo',
    Ternate: 'Ternate', Tidore: 'Tidore', Buton: 'Buton', Alor: 'Alor', Rote: 'Rote', Mentawai: 'Mentawai',
    Karimunjawa: 'Karimunjawa', Bawean: 'Bawean', Selayar: 'Selayar', Belitung: 'Belitung', Bangka: 'Bangka',
    Jabodetabek: 'Jabodetabek', Jabotabek: 'Jabodetabek', Pantura: 'Pantura', Nusantara: 'Nusantara',
    Solo: 'Surakarta', Jogja: 'Yogyakarta', Jogjakarta: 'Yogyakarta', Yogya: 'Yogyakarta', Jabar: 'Jawa Barat',
    Jateng: 'Jawa Tengah', Jatim: 'Jawa Timur', Sumut: 'Sumatera Utara', Sumbar: 'Sumatera Barat',
    Sumsel: 'Sumatera Selatan', Sulsel: 'Sulawesi Selatan', Sulut: 'Sulawesi Utara', Kaltim: 'Kalimantan Timur',
    Kalbar: 'Kalimantan Barat', Kalsel: 'Kalimantan Selatan', Kalteng: 'Kalimantan Tengah', Babel: 'Kepulauan Bangka Belitung',
    Kepri: 'Kepulauan Riau', DIY: 'DI Yogyakarta', NTB: 'Nusa Tenggara Barat', NTT: 'Nusa Tenggara Timur',
    'Uni Soviet': 'Soviet Union', Kairo: 'Cairo', Teheran: 'Tehran', Moskow: 'Moscow', Beijing: 'Beijing',
    Peking: 'Beijing', Tokyo: 'Tokyo', Seoul: 'Seoul', Bangkok: 'Bangkok', Manila: 'Manila', Hanoi: 'Hanoi',
    'Kuala Lumpur': 'Kuala Lumpur', Canberra: 'Canberra', Washington: 'Washington', 'New York': 'New York',
    London: 'London', Paris: 'Paris', Berlin: 'Berlin', Roma: 'Rome', Madrid: 'Madrid', Brussel: 'Brussels',
    'Den Haag': 'The Hague', Jenewa: 'Geneva', Wina: 'Vienna', Ankara: 'Ankara', Istanbul: 'Istanbul',
    Riyadh: 'Riyadh', Mekah: 'Mecca', Makkah: 'Mecca', Madinah: 'Medina', Yerusalem: 'Jerusalem',
    Gaza: 'Gaza', 'Jalur Gaza': 'Gaza Strip', 'Tepi Barat': 'West Bank', Baghdad: 'Baghdad', Damaskus: 'Damascus',
    Beirut: 'Beirut', 'New Delhi': 'New Delhi', Mumbai: 'Mumbai', Karachi: 'Karachi', Kabul: 'Kabul',
    Sydney: 'Sydney', Melbourne: 'Melbourne', Perth: 'Perth', Shanghai: 'Shanghai',
    Praha: 'Prague', Lisabon: 'Lisbon', Kopenhagen: 'Copenhagen', Warsawa: 'Warsaw', Athena: 'Athens',
    Beograd: 'Belgrade', Bukares: 'Bucharest', Venesia: 'Venice', Munchen: 'Munich', Moskwa: 'Moscow',
    Muskat: 'Muscat', Milano: 'Milan', Napoli: 'Naples', Firenze: 'Florence',
  },
};
