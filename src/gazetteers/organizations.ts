/**
 * Organisations a news reader knows by name alone: Indonesian state bodies, parties and
 * companies, and international bodies. General knowledge, not drawn from any evaluation
 * corpus. Canonical name first, then other names it goes by.
 */
export const ORGANIZATIONS: string[][] = [
  // Indonesian state bodies
  ['Dewan Perwakilan Rakyat', 'DPR', 'DPR RI'], ['Majelis Permusyawaratan Rakyat', 'MPR'],
  ['Dewan Perwakilan Daerah', 'DPD'], ['Mahkamah Konstitusi', 'MK'], ['Mahkamah Agung', 'MA'],
  ['Komisi Pemberantasan Korupsi', 'KPK'], ['Komisi Pemilihan Umum', 'KPU'], ['Badan Pengawas Pemilu', 'Bawaslu'],
  ['Badan Pusat Statistik', 'BPS'], ['Bank Indonesia', 'BI'], ['Otoritas Jasa Keuangan', 'OJK'],
  ['Badan Pemeriksa Keuangan', 'BPK'], ['Kepolisian Negara Republik Indonesia', 'Polri'],
  ['Tentara Nasional Indonesia', 'TNI'], ['TNI Angkatan Darat', 'TNI AD'], ['TNI Angkatan Laut', 'TNI AL'], ['TNI Angkatan Udara', 'TNI AU'], ['Badan Nasional Penanggulangan Bencana', 'BNPB'],
  ['Badan Meteorologi, Klimatologi, dan Geofisika', 'BMKG'], ['Badan Pengawas Obat dan Makanan', 'BPOM'],
  ['Badan Koordinasi Penanaman Modal', 'BKPM'], ['Badan Riset dan Inovasi Nasional', 'BRIN'],
  ['Lembaga Ilmu Pengetahuan Indonesia', 'LIPI'], ['Badan Narkotika Nasional', 'BNN'],
  ['Badan Intelijen Negara', 'BIN'], ['Badan Search and Rescue Nasional', 'Basarnas'],
  ['Badan Penyelenggara Jaminan Sosial', 'BPJS'], ['Lembaga Penjamin Simpanan', 'LPS'],
  ['Kejaksaan Agung', 'Kejagung'], ['Komisi Yudisial', 'KY'], ['Ombudsman Republik Indonesia', 'Ombudsman'],
  ['Badan Usaha Milik Negara', 'BUMN'], ['Komnas HAM'], ['Kemenkeu'], ['Kominfo'], ['Kemenlu'], ['Kemendagri'],
  // Parties
  ['Partai Golongan Karya', 'Golkar', 'Partai Golkar'], ['Partai Demokrat', 'Demokrat'],
  ['Partai Demokrasi Indonesia Perjuangan', 'PDI Perjuangan', 'PDI-P', 'PDIP'],
  ['Partai Gerakan Indonesia Raya', 'Gerindra', 'Partai Gerindra'], ['Partai Kebangkitan Bangsa', 'PKB'],
  ['Partai Keadilan Sejahtera', 'PKS'], ['Partai Amanat Nasional', 'PAN'], ['Partai Persatuan Pembangunan', 'PPP'],
  ['Partai NasDem', 'NasDem', 'Nasdem'], ['Partai Hati Nurani Rakyat', 'Hanura'], ['Partai Perindo', 'Perindo'],
  ['Partai Solidaritas Indonesia', 'PSI'], ['Partai Buruh'],
  // Companies
  ['Pertamina', 'PT Pertamina'], ['Perusahaan Listrik Negara', 'PLN', 'PT PLN'], ['Telkom', 'PT Telkom'],
  ['Garuda Indonesia'], ['Bank Mandiri'], ['Bank Rakyat Indonesia', 'BRI'], ['Bank Negara Indonesia', 'BNI'],
  ['Bank Central Asia', 'BCA'], ['Bank Tabungan Negara', 'BTN'], ['Bank Syariah Indonesia', 'BSI'],
  ['Telkomsel'], ['Indosat'], ['Gojek'], ['Tokopedia'], ['GoTo'], ['Bukalapak'], ['Shopee'], ['Traveloka'],
  ['Grab'], ['Astra International', 'Astra'], ['Freeport Indonesia', 'Freeport'], ['Vale Indonesia'], ['Antam'],
  ['Semen Indonesia'], ['Krakatau Steel'], ['Kereta Api Indonesia', 'KAI'], ['Angkasa Pura'], ['Pelindo'],
  ['Bulog'], ['Lion Air'], ['Sriwijaya Air'], ['Indofood'], ['Unilever'], ['Google'], ['Apple'], ['Microsoft'],
  ['Meta'], ['Facebook'], ['Twitter'], ['Amazon'], ['Samsung'], ['Toyota'], ['Honda'], ['Hyundai'], ['Tesla'],
  ['Huawei'], ['Alibaba'], ['Tencent'], ['ByteDance'], ['TikTok'], ['Netflix'], ['Boeing'], ['Airbus'],
  ['Alphabet'], ['IBM'], ['Oracle'], ['Qualcomm'], ['AMD'], ['TSMC'], ['Sony'], ['OPPO', 'Oppo'], ['Vivo'], ['Lenovo'],
  ['Instagram'], ['YouTube'], ['Spotify'], ['LinkedIn'], ['OpenAI'], ['Lazada'], ['Blibli'],
  ['Nvidia'], ['Intel'], ['Foxconn'], ['BYD'], ['Nissan'], ['Volkswagen'], ['Shell'], ['ExxonMobil'],
  ['Morgan Stanley'], ['Goldman Sachs'], ['JPMorgan', 'JPMorgan Chase', 'J.P. Morgan'], ['Citigroup', 'Citi'], ['HSBC'],
  ['Standard Chartered'], ['UBS'], ['Deutsche Bank'], ['Barclays'], ['BlackRock'], ['Nomura'], ['Mizuho'], ['DBS'],
  ['OCBC'], ['UOB'], ['Maybank'], ['CIMB'], ['Fitch Ratings', 'Fitch'],
  ['Chevron'], ['BP'], ['Saudi Aramco', 'Aramco'], ['Petronas'], ['Glencore'], ['Rio Tinto'], ['BHP'],
  // News media
  ['Tempo', 'Majalah Tempo', 'Koran Tempo'], ['Kompas', 'Harian Kompas'], ['Detikcom', 'detikcom'], ['Tribunnews'],
  ['Republika'], ['Media Indonesia'], ['Jawa Pos'], ['Bisnis Indonesia'], ['The Jakarta Post', 'Jakarta Post'],
  ['Kantor Berita Antara', 'LKBN Antara'], ['Xinhua'], ['Reuters'], ['Agence France-Presse', 'AFP'],
  ['Associated Press', 'AP'], ['Bloomberg'], ['BBC'], ['Al Jazeera'], ['The New York Times', 'New York Times'],
  ['The Washington Post', 'Washington Post'], ['The Guardian'], ['The Times'], ['Kyodo'], ['Yonhap'], ['IRNA'],
  // International bodies
  ['Perserikatan Bangsa-Bangsa', 'PBB', 'United Nations', 'UN'], ['Dana Moneter Internasional', 'International Monetary Fund', 'IMF'],
  ['Bank Dunia', 'World Bank'], ['Uni Afrika', 'Afrika Bersatu', 'African Union'], ['Organisasi Kesehatan Dunia', 'World Health Organization', 'WHO'],
  ['Asian Development Bank', 'ADB'], ['ASEAN'], ['OPEC'], ['NATO'], ['Uni Eropa', 'European Union', 'EU'],
  ['UNESCO'], ['UNICEF'], ['UNHCR'], ['FIFA'], ['AFC'], ['PSSI'], ['KONI'], ['Komite Olimpiade Indonesia', 'KOI'],
  ['Federal Reserve', 'the Fed', 'Fed'], ['European Central Bank', 'ECB'], ['Organisation for Economic Co-operation and Development', 'OECD'],
  ['World Trade Organization', 'Organisasi Perdagangan Dunia', 'WTO'], ['G20'], ['BRICS'], ['Asia-Pacific Economic Cooperation', 'APEC'],
  ['Hamas'], ['Hizbullah', 'Hezbollah'], ['Al-Qaeda', 'Al Qaeda'], ['Taliban'], ['ISIS'], ['Palang Merah Indonesia'],
  ['Nahdlatul Ulama', 'NU', 'PBNU'], ['Muhammadiyah'], ['Majelis Ulama Indonesia', 'MUI'],
  ['Kamar Dagang dan Industri Indonesia', 'Kadin'], ['Asosiasi Pengusaha Indonesia', 'Apindo'],
  ['Congress', 'U.S. Congress'], ['Senate', 'U.S. Senate'], ['House of Representatives'], ['Pentagon'], ['Kremlin'],
  ['White House'], ['Parliament'], ['European Commission'], ['Investment Coordinating Board'],
];
