// Entity rules, one row each: input -> entities found (type, name, aliases, roles).
import { describe, expect, it } from 'vitest';
import { analyze, type Entity } from '../src/index.js';

type Row = [lang: 'id' | 'en', text: string, expected: Array<[Entity['type'], string, string[]?, string[]?]>];

const run = (lang: 'id' | 'en', text: string) => analyze(text, { lang, only: ['entities'] }).entities!;

const rows: Row[] = [
  // Indonesian names with lower-case connectors, organisation heads and tails
  ['id', 'Ia kuliah di Institut Teknologi Bandung sejak 2010.', [['organization', 'Institut Teknologi Bandung']]],
  ['id', 'Kebijakan itu disusun Kementerian Komunikasi dan Informatika bersama operator.', [['organization', 'Kementerian Komunikasi dan Informatika']]],
  ['id', 'Data itu dirilis Badan Pusat Statistik (BPS) pada Senin.', [['organization', 'Badan Pusat Statistik', ['BPS']]]],
  ['id', 'Saham PT Telkom Indonesia (Persero) Tbk naik tipis.', [['organization', 'PT Telkom Indonesia (Persero) Tbk']]],
  ['id', 'Kerja sama melibatkan Telkom University dan ZTE Indonesia.', [['organization', 'Telkom University'], ['organization', 'ZTE Indonesia']]],
  ['id', 'Acara itu dihadiri Masyarakat Telematika Indonesia.', [['organization', 'Masyarakat Telematika Indonesia']]],
  // titles before names become roles
  ['id', 'Hal itu dikatakan Menteri Keuangan Sri Mulyani Indrawati di Jakarta.', [['person', 'Sri Mulyani Indrawati', [], ['Menteri Keuangan']], ['location', 'Jakarta']]],
  ['id', 'Pertemuan dipimpin Menteri Komunikasi dan Informatika (Menkominfo) Budi Arie Setiadi.', [['person', 'Budi Arie Setiadi', [], ['Menteri Komunikasi dan Informatika', 'Menkominfo']]]],
  ['id', 'Ketua Umum Partai Golkar Aburizal Bakrie hadir dalam acara itu.', [['organization', 'Partai Golkar'], ['person', 'Aburizal Bakrie']]],
  ['id', 'Direktur Utama PT Pertamina Patra Niaga Rudi Hartawan menjelaskan kuota.', [['organization', 'PT Pertamina Patra Niaga'], ['person', 'Rudi Hartawan']]],
  ['id', 'Presiden Direktur Lianhe Digital Indonesia Wang Jianguo hadir.', [['organization', 'Lianhe Digital Indonesia'], ['person', 'Wang Jianguo']]],
  // short names link to full names, acronyms to their organisation
  ['id', 'Gubernur Jawa Barat Ridwan Kamil meninjau banjir. Ridwan mengatakan bantuan sudah dikirim.', [['person', 'Ridwan Kamil', ['Ridwan']], ['location', 'Jawa Barat']]],
  ['id', 'Komisi Pemberantasan Korupsi menahan dua orang. Juru bicara KPK membenarkan penahanan itu.', [['organization', 'Komisi Pemberantasan Korupsi', ['KPK']]]],
  // places: gazetteer, Indonesian names of countries, direction tails
  ['id', 'Investasi Tiongkok di Indonesia naik.', [['location', 'China', ['Tiongkok']], ['location', 'Indonesia']]],
  ['id', 'Banjir melanda Jakarta Pusat dan Kabupaten Bogor.', [['location', 'Jakarta Pusat'], ['location', 'Kabupaten Bogor']]],
  ['id', 'Ekspor ke Amerika Serikat turun.', [['location', 'United States', ['Amerika Serikat']]]],
  ['id', 'Delegasi tiba di Kairo pada malam hari.', [['location', 'Cairo', ['Kairo']]]],
  ['id', 'Biaya hidup di Praha lebih rendah daripada di Xinjiang.', [['location', 'Prague', ['Praha']], ['location', 'Xinjiang']]],
  ['id', 'Hubungan Indonesia dan China terus menguat.', [['location', 'Indonesia'], ['location', 'China']]],
  ['id', 'Kelompok Tani Sumber Rejeki menjual gabah.', [['organization', 'Kelompok Tani Sumber Rejeki']]],
  // names split at "dan"
  ['id', 'Penghargaan diterima Muhammad Atabika dan Aprilia Maharani.', [['person', 'Muhammad Atabika'], ['person', 'Aprilia Maharani']]],
  // English
  ['en', 'Finance Minister Sri Mulyani Indrawati said the deficit would narrow.', [['person', 'Sri Mulyani Indrawati', [], ['Finance Minister']]]],
  ['en', 'The International Monetary Fund (IMF) cut its forecast.', [['organization', 'International Monetary Fund', ['IMF']]]],
  ['en', 'Shares of Tesla Inc. fell, while Bank of China rose.', [['organization', 'Tesla Inc.'], ['organization', 'Bank of China']]],
  ['en', 'Visitors from the Middle East to the Tourism Authority of Thailand office rose.', [['location', 'Middle East'], ['organization', 'Tourism Authority of Thailand']]],
  ['en', "The plant is a venture between PT Vale Indonesia Tbk and China's Hunan Qiyuan New Energy Co.", [['organization', 'PT Vale Indonesia Tbk'], ['location', 'China'], ['organization', 'Hunan Qiyuan New Energy Co.']]],
  ['en', 'Sen. Daniel Ortiz of Texas objected. Ortiz said the plan was rushed.', [['person', 'Daniel Ortiz', ['Ortiz']], ['location', 'Texas']]],
  ['en', 'Flooding hit Central Jakarta and West Java on Monday.', [['location', 'Central Jakarta'], ['location', 'West Java']]],
  ['en', 'John Smith, chief executive of Acme Holdings, said sales rose. Smith added that costs fell.', [['person', 'John Smith', ['Smith']], ['organization', 'Acme Holdings']]],
  ['en', 'The U.S. Congress passed the bill.', [['organization', 'Congress', ['U.S. Congress']]]],
  ['en', 'Finance Minister Sri Mulyani Indrawati spoke. Sri Mulyani said the deficit narrowed.', [['person', 'Sri Mulyani Indrawati', ['Sri Mulyani'], ['Finance Minister']]]],
  ['en', 'PT Vale Indonesia Tbk will invest. Vale Indonesia said the plant is ready.', [['organization', 'PT Vale Indonesia Tbk', ['Vale Indonesia']]]],
  ['id', 'Menteri Perdagangan Enggartiasto Lukita hadir. Enggar mengatakan ekspor naik.', [['person', 'Enggartiasto Lukita', ['Enggar'], ['Menteri Perdagangan']]]],
  // two titled people joined by "dan"; a second title after the role's organisation
  ['id', 'Ia menuding Gubernur Jawa Barat Ahmad Heryawan dan Wakil Gubernur Yusuf Effendi.', [['location', 'Jawa Barat'], ['person', 'Ahmad Heryawan', [], ['Gubernur Jawa Barat']], ['person', 'Yusuf Effendi', [], ['Wakil Gubernur']]]],
  ['id', 'Pemimpin Garda Revolusi Jendral Yahya Rahim mengatakan hal itu.', [['organization', 'Garda Revolusi'], ['person', 'Yahya Rahim', [], ['Pemimpin Garda Revolusi Jendral']]]],
  ['id', 'Mantan Kabareskrim Polri Komjen Susno Duadji menegaskan hal itu.', [['organization', 'Kepolisian Negara Republik Indonesia', ['Polri']], ['person', 'Susno Duadji']]],
  ['id', 'Hal itu dikatakan Ketua BK Muhammad Prakosa.', [['organization', 'BK'], ['person', 'Muhammad Prakosa', [], ['Ketua BK']]]],
  // a place whose name starts with a title word
  ['id', 'Wisata bahari di Raja Ampat terus dipromosikan.', [['location', 'Raja Ampat']]],
  // names listed with places are places
  ['id', 'Pengunjung Wedi, Bayat dan Surakarta datang.', [['location', 'Wedi'], ['location', 'Bayat'], ['location', 'Surakarta']]],
  ['id', 'Atase KBRI Kuala Lumpur, Rina Widyastuti, menyebutkan hal itu.', [['organization', 'KBRI'], ['location', 'Kuala Lumpur'], ['person', 'Rina Widyastuti']]],
  // events name organisations and places; labels and studios are organisations
  ['id', 'Ia bermain di semifinal Liga Champions UEFA musim lalu.', [['organization', 'UEFA']]],
  ['id', 'Kota itu menjadi tuan rumah Olimpiade London 2012.', [['location', 'London']]],
  ['id', 'Album itu dirilis oleh label Streamline Records tahun lalu.', [['organization', 'Streamline Records']]],
  // a capitalised function word ends a name; "Wilayah" is no part of a place's name
  ['id', 'Sekolah itu dibuka di Jelambar Dengan murid baru.', [['location', 'Jelambar']]],
  ['id', 'Lahan tersedia di Wilayah Kecamatan Cawas.', [['location', 'Kecamatan Cawas']]],
  // a name at a sentence's start when its first word is no ordinary word
  ['id', 'Irman Gusman akhirnya menang dalam pemilihan itu.', [['person', 'Irman Gusman']]],
  ['id', 'Lifter Dimas Saputra meraih emas.', [['person', 'Dimas Saputra', [], ['Lifter']]]],
  // a country in brackets after a person is where the person is from, not an alias
  ['id', 'Terpidana itu Raheem Agbaje Salami (Nigeria) dan Zainal Abidin (Indonesia).', [['person', 'Raheem Agbaje Salami'], ['location', 'Nigeria'], ['person', 'Zainal Abidin'], ['location', 'Indonesia']]],
  ['id', 'Roket ditembakkan dari Libanon.', [['location', 'Lebanon', ['Libanon']]]],
  ['id', 'Ia tinggal di Daerah Istimewa Yogyakarta sejak kecil.', [['location', 'DI Yogyakarta', ['Daerah Istimewa Yogyakarta']]]],
  ['id', 'Kantornya di Jalan Merdeka Barat No 3 Jakarta.', [['location', 'Jalan Merdeka Barat'], ['location', 'Jakarta']]],
  ['id', 'Hal itu dilaporkan Harian Merdeka dan diperiksa PN Jakarta Pusat.', [['organization', 'Harian Merdeka'], ['organization', 'PN Jakarta Pusat']]],
  // a definition types the name before it
  ['id', 'Ngunggahan adalah desa di Kecamatan Eromoko.', [['location', 'Ngunggahan'], ['location', 'Kecamatan Eromoko']]],
  ['id', 'Burgerkill adalah band asal Bandung.', [['organization', 'Burgerkill'], ['location', 'Bandung']]],
  ['id', 'Rouhani, seorang tokoh moderat, berjanji menghadapi Barat.', [['person', 'Rouhani']]],
  ['id', 'Triodos, sebuah bank yang berbasis di Belanda, ikut membeli.', [['organization', 'Triodos'], ['location', 'Netherlands', ['Belanda']]]],
  // a name at a sentence's start with a speech verb after it; a date is no part of a name
  ['id', 'Didi mengatakan partainya tetap independen.', [['person', 'Didi']]],
  ['id', 'Pada 9 November 2009 Presiden Susilo Bambang Yudhoyono memberi penghargaan.', [['person', 'Susilo Bambang Yudhoyono', [], ['Presiden']]]],
  ['id', 'Basarah menyadari bahwa dunia politik keras.', [['person', 'Basarah']]],
  ['id', 'Hal itu dikatakan Ketua DPP PKS Nasir Djamil.', [['organization', 'DPP PKS'], ['person', 'Nasir Djamil', [], ['Ketua DPP PKS']]]],
  ['id', 'Sekretaris Kabinet Andi Widjajanto mengatakan hal itu.', [['person', 'Andi Widjajanto', [], ['Sekretaris Kabinet']]]],
  // an acronym of a person's initials is that person
  ['id', 'Presiden Susilo Bambang Yudhoyono tiba. SBY lalu bertemu Jusuf Kalla. Menurut JK, itu penting.', [['person', 'Susilo Bambang Yudhoyono', ['SBY'], ['Presiden']], ['person', 'Jusuf Kalla', ['JK']]]],
  ['id', 'Keputusan Munas Golkar itu dipersoalkan.', [['organization', 'Partai Golongan Karya', ['Golkar']]]],
  ['id', 'Koalisi Indonesia Hebat mendukung menteri di Kabinet Indonesia Bersatu.', [['organization', 'Koalisi Indonesia Hebat'], ['organization', 'Kabinet Indonesia Bersatu']]],
  // buildings and sites are places
  ['id', 'Ia dirawat di Rumah Sakit Fatmawati sejak Senin.', [['location', 'Rumah Sakit Fatmawati']]],
  // a district's name is a place when nothing else types it
  ['id', 'Sragen meliputi Gemolong dan Kalijambe.', [['location', 'Sragen'], ['location', 'Gemolong'], ['location', 'Kalijambe']]],
  ['id', 'Kemajuan Kebonharjo tampak nyata. Sebelah timur Trangsan terdapat stasiun.', [['location', 'Kebonharjo'], ['location', 'Trangsan']]],
  // after a title, one word naming a district or a village is the title's place
  ['id', 'Acara dihadiri Camat Parigi, Kepala Desa Kampal dan Bupati Klaten. Camat Budi datang.', [['location', 'Parigi'], ['location', 'Kampal'], ['location', 'Klaten'], ['person', 'Budi', [], ['Camat']]]],
  ['id', 'Wisatawan menyusuri Gua Lanang dan Waduk Ngancar.', [['location', 'Gua Lanang'], ['location', 'Waduk Ngancar']]],
  ['id', 'Airnya mengalir ke Hawkesbury River.', [['location', 'Hawkesbury River']]],
  ['id', 'Ia bersekolah di SMA Negeri 1 Pandaan sebelum kuliah.', [['location', 'SMA Negeri 1 Pandaan']]],
  ['id', 'Warga berkumpul di Masjid Istiqlal dan Gereja Katedral.', [['location', 'Masjid Istiqlal'], ['location', 'Gereja Katedral']]],
  ['id', 'Ia kuliah dengan beasiswa dari perkumpulan Teosofi.', [['organization', 'Teosofi']]],
  // a sentence's first word with a verb's prefix on a word of the language is no name
  ['id', 'Beristri Mirna Ali, ia pindah ke Padang.', [['person', 'Mirna Ali'], ['location', 'Padang']]],
  // after a connector, an organisation's head opens a run of its own, read whole
  ['id', 'Anggota tim teknis KTP dari Badan Pengkajian dan Penerapan Teknolgi (BPPT) hadir.', [['organization', 'Badan Pengkajian dan Penerapan Teknolgi', ['BPPT']]]],
  // a ministry's short name in one word is an organisation, alone too
  ['id', 'Kemenperin membina industri. Data Kemenhub naik. Kemenangan itu manis.', [['organization', 'Kemenperin'], ['organization', 'Kemenhub']]],
  // police posts written short are titles
  ['id', 'Hal itu dikatakan Dirlantas Polda Metro Jaya Kombes Halim Pagarra, Rabu.', [['organization', 'Polda Metro Jaya'], ['person', 'Halim Pagarra', [], ['Dirlantas Polda Metro Jaya Kombes']]]],
  // a sentence's first word made of a prefix and a root of the language is no name (root dictionary)
  ['id', 'Dilansir The New York Times, harga naik. Didaulat sebagai duta, Budi senang. Kediri dilanda banjir.', [['organization', 'The New York Times'], ['person', 'Budi'], ['location', 'Kediri']]],
  // names listed with an organisation are organisations, not people by their shape
  ['id', 'Kelima startup itu ialah startup Mycotech, Saftrobotics dan Seruniaudio.', [['organization', 'Mycotech'], ['organization', 'Saftrobotics'], ['organization', 'Seruniaudio']]],
  // a sentence's first word that is a function word and a known name, before more of a name, is the function word
  ['id', 'Antara Surya Paloh dan Aburizal Bakrie tetap teman baik. Antara melaporkan hal itu.', [['person', 'Surya Paloh'], ['person', 'Aburizal Bakrie'], ['organization', 'ANTARA']]],
  // media quoted as a source, a team's shirt
  ['id', 'Dilansir dari Transfermarkt, nilainya naik.', [['organization', 'Transfermarkt']]],
  ['id', 'Seperti diberitakan Daily Mail, harga naik. Informasi dikutip dari Independent. Surat kabar Haaretz menulis. Ia berseragam Juventus.', [['organization', 'Daily Mail'], ['organization', 'Independent'], ['organization', 'Haaretz'], ['organization', 'Juventus']]],
  ['id', 'Mendampingi Andi Narogong, ia datang.', [['person', 'Andi Narogong']]],
  // a connector before a title ends a place's name
  ['id', 'Ia menerima sertifikat Pulau D dari Presiden Republik Indonesia Joko Widodo kemarin.', [['location', 'Pulau D'], ['location', 'Indonesia'], ['person', 'Joko Widodo', [], ['Presiden Republik Indonesia']]]],
  // a day's name inside a place named after it
  ['id', 'Macet terjadi di Jalan Raya Pasar Minggu pada Senin.', [['location', 'Jalan Raya Pasar Minggu']]],
  // an English name led by "The" in Indonesian text is an organisation, unless quoted as a title
  ['id', 'Pada awal tahun 2009, The Virgin merilis singel perdana. Ia membintangi film "The Dead Zone" tahun itu.', [['organization', 'The Virgin']]],
  // ... and the article goes with the name at a sentence's start and in quotation marks
  ['id', 'The Dance Company terbentuk tahun 2007. Nama band diubah menjadi " The Pink Floyd Sound " .', [['organization', 'The Dance Company'], ['organization', 'The Pink Floyd Sound']]],
  // the name given after a group's noun and a naming word is the group's
  ['id', 'Lantas ia membuat grup musik lagi bernama Sliver. Ia membentuk band projekan dengan nama Hateplow.', [['organization', 'Sliver'], ['organization', 'Hateplow']]],
  // a body one founds is an organisation
  ['id', 'Tahun 1953 ia mendirikan Borobudur Film bersama kawannya.', [['organization', 'Borobudur Film']]],
  // names ending in a network's, a band's or a company's word are organisations
  ['id', 'Rute itu dilayani maskapai Susi Air, Nam Air dan Batik Air.', [['organization', 'Susi Air'], ['organization', 'Nam Air'], ['organization', 'Batik Air']]],
  ['id', 'Ia ditemukan pencari bakat dari Cartoon Network, lalu membentuk Prambors Band.', [['organization', 'Cartoon Network'], ['organization', 'Prambors Band']]],
  // a radio station is an organisation, after a place's cue too
  ['id', 'Setelah festival itu, Fla menjadi penyiar di Radio Elshinta.', [['person', 'Fla'], ['organization', 'Radio Elshinta']]],
  // a foundation or a cooperative keeps the name of the body it is named after (a unit does not)
  ['id', 'Pengurus mendirikan Yayasan Alumni Universitas Diponegoro pada 1986.', [['organization', 'Yayasan Alumni Universitas Diponegoro']]],
  // a league's division is part of the league's name
  ['id', 'Tim itu promosi ke Divisi Utama Liga Indonesia musim 2004.', [['organization', 'Divisi Utama Liga Indonesia']]],
  // an award is no name, but the body that gives it is
  ['id', 'Ia meraih Penghargaan BAFTA untuk Aktor Terbaik tahun itu.', [['organization', 'BAFTA']]],
  // an English name ending in "Organisation" is an organisation, with the acronym it defines
  ['id', 'Pada 1978 New International Karate Organisation (NIKO) didirikan di Tokyo.', [['organization', 'New International Karate Organisation', ['NIKO']], ['location', 'Tokyo']]],
  // a band or a club one joins or plays for
  ['id', 'Sebelum bergabung dengan Kahitna, Pinkan bernyanyi. Ia lalu memperkuat Persiba.', [['organization', 'Kahitna'], ['person', 'Pinkan'], ['organization', 'Persiba']]],
  ['id', 'Selanjutnya, ia bermain untuk Saint Andrews sebelum pindah.', [['organization', 'Saint Andrews']]],
  // the part an actor plays is a person
  ['id', 'Ia memerankan May Belle Aarons, adik dari tokoh utama.', [['person', 'May Belle Aarons']]],
  // "from" before another organisation ends an organisation's name
  ['id', 'Angel Lelga tercatat sebagai calon legislatif DPR dari PPP.', [['person', 'Angel Lelga'], ['organization', 'DPR'], ['organization', 'Partai Persatuan Pembangunan', ['PPP']]]],
  // a role before a comma takes all before it: the title and its organisation or place
  ['id', 'Manajer Swansea City, Paul Clement, kecewa.', [['location', 'Swansea City'], ['person', 'Paul Clement', [], ['Manajer Swansea City']]]],
  // "&" joins the names of one company or firm
  ['en', 'Analysts at JPMorgan Chase & Co expect a cut. Johnson & Johnson rose.', [['organization', 'JPMorgan Chase & Co'], ['organization', 'Johnson & Johnson']]],
  ['id', 'Saham Procter & Gamble naik. Ia bekerja di firma Hadinoto & Partners.', [['organization', 'Procter & Gamble'], ['organization', 'Hadinoto & Partners']]],
  // after a title, ordinary words and an unknown name before a known given name belong to the role
  ['id', 'Deputi Bidang Ketersediaan dan Stabilisasi Pangan BPN Irwan Setiabudi menjelaskan hal itu.', [['organization', 'BPN'], ['person', 'Irwan Setiabudi', [], ['Deputi Bidang Ketersediaan dan Stabilisasi Pangan BPN']]]],
  // a head the title took, before ordinary words, opens an organisation; a person may follow
  ['id', 'Ketua Dewan Pers Yosep Adi Prasetyo hadir. Kata Ketua Komisi Pemberantasan Korupsi kemarin.', [['organization', 'Dewan Pers'], ['person', 'Yosep Adi Prasetyo', [], ['Ketua Dewan Pers']], ['organization', 'Komisi Pemberantasan Korupsi']]],
  ['id', 'Presiden Soesilo Bambang Yudhoyono hadir. Gubernur I Made Mudharta datang.', [['person', 'Soesilo Bambang Yudhoyono', [], ['Presiden']], ['person', 'I Made Mudharta', [], ['Gubernur']]]],
  // a capitalised function word that is a title's complement before another goes on with the name
  ['id', 'Kementerian Dalam Negeri (Kemendagri) menerbitkan aturan. Menteri Dalam Negeri Tjahjo Kumolo hadir.', [['organization', 'Kementerian Dalam Negeri', ['Kemendagri']], ['person', 'Tjahjo Kumolo', [], ['Menteri Dalam Negeri']]]],
  // a title in lower case gives its role over the places before the name; its last word is no place cue
  ['id', 'Gol itu dicetak kiper Spanyol David de Gea kemarin.', [['location', 'Spain', ['Spanyol']], ['person', 'David de Gea', [], ['kiper Spanyol']]]],
  ['id', 'Kata menteri luar negeri Retno Marsudi kemarin.', [['person', 'Retno Marsudi', [], ['menteri luar negeri']]]],
  // football clubs a sports reader knows by name alone
  ['id', 'Arsenal menang atas Chelsea, sementara Persib dan Manchester United imbang.', [['organization', 'Arsenal'], ['organization', 'Chelsea'], ['organization', 'Persib Bandung', ['Persib']], ['organization', 'Manchester United']]],
  // a complement in lower case inside a ministry's name; a medium's report
  ['id', 'Kementerian Koordinator bidang Kemaritiman menggelar rapat. Menurut laporan Aceshowbiz, ia menikah.', [['organization', 'Kementerian Koordinator bidang Kemaritiman'], ['organization', 'Aceshowbiz']]],
  // a second title after "dan", also before a Balinese name or at the run's end, starts a second person
  ['id', 'Presiden Joko Widodo dan Gubernur I Made Mudharta hadir.', [['person', 'Joko Widodo', [], ['Presiden']], ['person', 'I Made Mudharta', [], ['Gubernur']]]],
  ['id', 'Menteri Keuangan Sri Mulyani dan Wapres, Jusuf Kalla, hadir.', [['person', 'Sri Mulyani', [], ['Menteri Keuangan']], ['person', 'Jusuf Kalla', [], ['Wapres']]]],
  // digits written onto an acronym of three letters or more are part of it; onto a shorter one, a code
  ['id', 'Unit Kerja Presiden bidang Pengawasan dan Pengendalian Pembangunan (UKP4) menilai. Kepala UKP4 hadir. Saham LQ45 naik, ia lulus D3.', [['organization', 'UKP4']]],
  // a headline's run: a person's full name, then a known organisation's one-word name
  ['id', 'Khofifah Indar Parawansa Golkar bantah isu itu. Keisuke Honda mencetak gol.', [['person', 'Khofifah Indar Parawansa'], ['organization', 'Partai Golongan Karya', ['Golkar']], ['person', 'Keisuke Honda']]],
  // a possessive inside a company's or a college's name, not after a known name
  ['en', "Moody's Investors Service downgraded the bonds. McDonald's Corp rose. China's Xi Jinping spoke.", [['organization', "Moody's Investors Service"], ['organization', "McDonald's Corp"], ['location', 'China'], ['person', 'Xi Jinping']]],
  ['id', "Lembaga pemeringkat Moody's Investors Service menaikkan peringkat. Ia kuliah di Saint Mary's College.", [['organization', "Moody's Investors Service"], ['organization', "Saint Mary's College"]]],
  // a bare head before "and" is no name of its own; a title's complements go with the title
  ['en', 'Tesla shares fell after filings with the Securities and Exchange Commission.', [['organization', 'Tesla'], ['organization', 'Securities and Exchange Commission']]],
  ['en', 'Republicans led by Senate Minority Leader Mitch McConnell objected.', [['organization', 'Republican Party'], ['organization', 'Senate'], ['person', 'Mitch McConnell', [], ['Senate Minority Leader']]]],
  // the two U.S. parties by their members' names
  ['en', "Joe Biden's Democrats pushed the bill while Republicans objected.", [['person', 'Joe Biden'], ['organization', 'Democratic Party', ['Democrats']], ['organization', 'Republican Party', ['Republicans']]]],
  // police ranks, the national police, and Indonesia's militant groups and counter-terror squad
  ['en', 'The National Police spokesman, Inspector General Dedi Prasetyo, said suspects linked to Jemaah Islamiyah were held by Densus 88.', [['organization', 'National Police'], ['person', 'Dedi Prasetyo', [], ['Inspector General']], ['organization', 'Jemaah Islamiyah'], ['organization', 'Detasemen Khusus 88', ['Densus']]]],
  // a title in lower case before a comma gives its role to the name in apposition
  ['en', "Indonesia's top security minister, Mahfud MD, said police arrested militants.", [['location', 'Indonesia'], ['person', 'Mahfud MD', [], ['security minister']]]],
  ['id', 'Kata menteri keuangan, Sri Mulyani, kemarin.', [['person', 'Sri Mulyani', [], ['menteri keuangan']]]],
  // where someone works, after "founder of", "analysts at"
  ['en', '"The market is tight," said Vandana Hari, founder of Vanda Insights. Analysts at Capital Economics agreed.', [['person', 'Vandana Hari'], ['organization', 'Vanda Insights'], ['organization', 'Capital Economics']]],
  // a role in apposition after a name, and no role for a name inside it
  ['en', 'Oil rose, said Vandana Hari, founder of Vanda Insights in Singapore.', [['person', 'Vandana Hari', [], ['founder of Vanda Insights']], ['organization', 'Vanda Insights'], ['location', 'Singapore']]],
  ['id', 'Vidi Galenso Syarief, kuasa hukum Mario, menjelaskan. Antonny Liem, CEO Merah Cipta Media Group, mengatakan hal itu.', [['person', 'Vidi Galenso Syarief', [], ['kuasa hukum Mario']], ['person', 'Mario', [], []], ['person', 'Antonny Liem', [], ['CEO Merah Cipta Media Group']], ['organization', 'Merah Cipta Media Group']]],
  // a bracket between a name and its definition
  ['id', 'Kemal Naik (lahir 1965) adalah seorang pembicara umum.', [['person', 'Kemal Naik']]],
  // a unit and the organisation it belongs to; a party's board names the party
  ['id', 'Peneliti Fakultas Kehutanan Universitas Gadjah Mada menemukannya.', [['organization', 'Fakultas Kehutanan'], ['organization', 'Universitas Gadjah Mada']]],
  ['id', 'Direktorat Jenderal Pajak Kementerian Keuangan mencatat kenaikan.', [['organization', 'Direktorat Jenderal Pajak'], ['organization', 'Kementerian Keuangan']]],
  ['id', 'Anggota Badan Anggaran DPR menolak. Komisi III DPR juga menolak.', [['organization', 'Badan Anggaran'], ['organization', 'DPR']]],
  ['id', 'Ia datang ke kantor DPP Partai NasDem kemarin.', [['organization', 'Partai NasDem']]],
  ['id', 'Staf Departemen Kebijakan Sistem Pembayaran Bank Indonesia hadir.', [['organization', 'Departemen Kebijakan Sistem Pembayaran'], ['organization', 'Bank Indonesia']]],
  ['id', 'Hal itu dikatakan Ketua Dewan Pembina Partai Demokrat Susilo Bambang Yudhoyono.', [['organization', 'Partai Demokrat'], ['person', 'Susilo Bambang Yudhoyono', [], ['Ketua Dewan Pembina Partai Demokrat']]]],
  // a hyphenated particle goes on with the name; an honorific after a title is dropped
  ['id', 'Pasukan itu setia kepada Presiden Suriah Bashar al-Assad.', [['location', 'Syria', ['Suriah']], ['person', 'Bashar al-Assad', [], ['Presiden Suriah']]]],
  ['en', 'Talks with Abdel Fattah el-Sisi went on.', [['person', 'Abdel Fattah el-Sisi']]],
  ['id', 'Kongres itu memilih Ketua Umum Pak Hadi Utomo.', [['person', 'Hadi Utomo', [], ['Ketua Umum']]]],
  // a place head in lower case starts the name as it does in capitals; the name is written in capitals
  ['id', 'Ia lahir di desa Ngunggahan. Warga kota Bandung dan Kota Bandung datang.', [['location', 'Desa Ngunggahan'], ['location', 'Kota Bandung', []]]],
  ['id', 'Ia ditemui di kompleks DPR, Senayan, Kamis.', [['location', 'Kompleks DPR'], ['location', 'Senayan']]],
  ['id', 'Ia berlatih di Sirkuit Sentul lalu mengunjungi Situs Sangiran, Kraton Kartasura dan Ranu Klakah.', [['location', 'Sirkuit Sentul'], ['location', 'Situs Sangiran'], ['location', 'Kraton Kartasura'], ['location', 'Ranu Klakah']]],
  // a second administrative unit starts a second place; a number closing a place's name is part of it
  ['id', 'Ia tinggal di Kelurahan Mojopuro Kec. Wuryantoro dan Desa Genukharjo Kecamatan Wuryantoro. Kabupaten Kepulauan Seribu juga.', [['location', 'Kelurahan Mojopuro'], ['location', 'Kec. Wuryantoro'], ['location', 'Desa Genukharjo'], ['location', 'Kecamatan Wuryantoro'], ['location', 'Kabupaten Kepulauan Seribu']]],
  ['id', 'Ia tinggal di Desa Wanga 2, Desa Picuan 1 dan Desa Picuan Lama. Di Desa Wanga 2 tahun lalu banjir.', [['location', 'Desa Wanga 2'], ['location', 'Desa Picuan 1'], ['location', 'Desa Picuan Lama'], ['location', 'Desa Wanga']]],
  // the noun before a name types it: a place of origin, a party's cadre, a person's kin
  ['id', 'Grup itu asal Ngawen, dipimpin kader Grindelwald dan putra Soemitro.', [['location', 'Ngawen'], ['organization', 'Grindelwald'], ['person', 'Soemitro']]],
  // only an administrative unit merges with the place: a beach of Jakarta is not Jakarta
  ['id', 'Kapal tenggelam di lepas pantai Jakarta. Gubernur Jakarta datang.', [['location', 'Pantai Jakarta'], ['location', 'Jakarta']]],
  // a place and its unit ("Kota Bandung", "Bandung") are one place, unless two units share the name
  ['id', 'Warga Kota Bandung datang. Bandung ramai. Kabupaten Bogor dan Kota Bogor banjir. Bogor terendam.', [['location', 'Kota Bandung', ['Bandung']], ['location', 'Kabupaten Bogor'], ['location', 'Kota Bogor'], ['location', 'Bogor']]],
  // ordinary words before a known organisation or an acronym that ends the run; an acronym and more words
  ['id', 'Opsi Golkar ini ditolak. Saya minta BPH Migas bertindak.', [['organization', 'Partai Golongan Karya', ['Golkar']], ['organization', 'Badan Pengatur Hilir Minyak dan Gas Bumi', ['BPH Migas']]]],
  ['id', 'Opsi Golkar ini ditolak. Saya minta BPKAD Kaltim bertindak.', [['organization', 'Partai Golongan Karya', ['Golkar']], ['organization', 'BPKAD Kaltim']]],
  // a second organisation's head after "dan" starts a second organisation
  ['id', 'Ia menggugat ke Mahkamah Konstitusi dan Dewan Kehormatan Penyelenggara Pemilu.', [['organization', 'Mahkamah Konstitusi'], ['organization', 'Dewan Kehormatan Penyelenggara Pemilu']]],
  // after a title, the last two words of a person's shape are the person; a Roman numeral numbers the title's unit
  ['id', 'Kata Kepala Bidang Dinas Pertanian dan Peternakan Diah Ningrum.', [['organization', 'Dinas Pertanian dan Peternakan'], ['person', 'Diah Ningrum']]],
  ['id', 'Wakil Ketua Komisi II DPR Ida Fauziah mengakuinya.', [['organization', 'DPR'], ['person', 'Ida Fauziah', [], ['Wakil Ketua Komisi II DPR']]]],
  ['id', 'Ia didampingi Ibu Negara Ny Ani Yudhoyono.', [['person', 'Ani Yudhoyono', [], ['Ibu Negara']]]],
  // a title of two words is taken whole; "PM" and "Ketum" are titles
  ['id', 'Hal itu dikatakan Jaksa Agung Basrief Arief. Menkokesra Agung Laksono setuju.', [['person', 'Basrief Arief', [], ['Jaksa Agung']], ['person', 'Agung Laksono', [], ['Menkokesra']]]],
  // title words left before a person's name go with the role; English titles in Indonesian text
  ['id', 'Kata Deputi Komisioner OJK Bidang Edukasi dan Perlindungan Konsumen Sri Rahayu Widodo di Bandung.', [['organization', 'Otoritas Jasa Keuangan', ['OJK']], ['person', 'Sri Rahayu Widodo'], ['location', 'Bandung']]],
  ['id', 'Ujar Operation Director PT Angkasa Pura I (Persero) Yushan Sayuti.', [['organization', 'PT Angkasa Pura I (Persero)'], ['person', 'Yushan Sayuti']]],
  // a title after two words of a name ends it; more honorifics, titles and connectors
  ['id', 'Hadir Kepala Desa Burhani Arwin Sekretaris desa itu.', [['person', 'Burhani Arwin', [], ['Kepala Desa']]]],
  ['id', 'Korban adalah Kapten Pilot Sigit Triwahyono, anak Mbah Songeb, murid Wilhelm von Humboldt.', [['person', 'Sigit Triwahyono', [], ['Kapten Pilot']], ['person', 'Songeb'], ['person', 'Wilhelm von Humboldt']]],
  // "menurut" before a name: the person the words are from
  ['id', 'Hasil itu, menurut Firman, tak bisa menjadi novum.', [['person', 'Firman']]],
  // place words or a place before a place make a place, not a company named after one
  ['id', 'Ia pindah dari Hanoi Vietnam ke New South Wales, lalu bekerja di ZTE Indonesia.', [['location', 'Hanoi Vietnam'], ['location', 'New South Wales'], ['organization', 'ZTE Indonesia']]],
  ['id', 'Tanah itu milik Departemen Pertanian dan Agraria.', [['organization', 'Departemen Pertanian dan Agraria']]],
  // initials before a name make a person; an acronym before ordinary words an organisation
  ['id', 'Mereka adalah MS Hidayat dan M Nazaruddin.', [['person', 'MS Hidayat'], ['person', 'M Nazaruddin']]],
  // initials written with full stops, before a name or in its middle
  ['id', 'Ia bertemu R. Adi Kurniawan dan R.M. Sartono kemarin.', [['person', 'R. Adi Kurniawan'], ['person', 'R.M. Sartono']]],
  ['id', 'Lagu itu dinyanyikan Anggun C. Sasmi di Paris.', [['person', 'Anggun C. Sasmi'], ['location', 'Paris']]],
  // a lead paragraph without its full stop is no headline; a short title-case line is
  ['id', 'Ketua Komisi Pemberantasan Korupsi Agus Rahardjo menyebut UU Tipikor kuno\n\nHal itu disampaikan di Jakarta.\n\nIa hadir.', [['organization', 'Komisi Pemberantasan Korupsi'], ['person', 'Agus Rahardjo', [], ['Ketua Komisi Pemberantasan Korupsi']], ['location', 'Jakarta']]],
  ['id', 'Anggaran Kompensasi Energi Bengkak\n\nHal itu disampaikan di Jakarta.\n\nIa hadir.', [['location', 'Jakarta']]],
  // a place written apart that its official name writes as one; a place in apposition after a title's place
  ['id', 'Ia tinggal di Labuhan Batu.', [['location', 'Labuhanbatu', ['Labuhan Batu']]]],
  ['id', 'Ia hadir dalam sertijab Kapolsek Torgamba, Labuhan Batu, Sumut.', [['location', 'Torgamba'], ['location', 'Labuhanbatu', ['Labuhan Batu']], ['location', 'Sumatera Utara', ['Sumut']]]],
  // in an article about sport a city's name a club goes by is the club; elsewhere the city
  ['id', 'Liverpool mengunci kemenangan atas Bournemouth di laga pekan ini. Gol Salah membuat klub itu naik di klasemen.', [['organization', 'Liverpool FC', ['Liverpool']], ['organization', 'AFC Bournemouth', ['Bournemouth']]]],
  ['id', 'Ia terbang dari Liverpool ke Jakarta untuk urusan bisnis.', [['location', 'Liverpool'], ['location', 'Jakarta']]],
  // not a place a cue names, nor in an article that only uses everyday words, nor a player's name
  ['id', 'Persija Jakarta menang dalam laga di kandang. Pelatih Persija senang dengan pertandingan itu. Laga digelar di Jakarta, gol tercipta dari penalti.', [['organization', 'Persija Jakarta', ['Persija']], ['location', 'Jakarta']]],
  ['id', 'Wisatawan berkunjung ke Barcelona pada musim panas. Pada musim dingin, Barcelona sejuk. Kandang sapi di sana bersih.', [['location', 'Barcelona']]],
  ['id', 'Real Madrid menang di laga itu. Madrid membalikkan keadaan lewat gol di menit akhir dan naik di klasemen.', [['organization', 'Real Madrid', ['Madrid']]]],
  ['id', 'Leganes ditekuk Real Madrid di laga pekan ini, sementara Getafe menahan Sevilla tanpa gol dan tetap di klasemen.', [['organization', 'Leganes'], ['organization', 'Real Madrid'], ['organization', 'Getafe'], ['organization', 'Sevilla FC', ['Sevilla']]]],
  // in a list of officials each capitalised title is the next name's; a title that is part of a name after a role's comma
  ['id', 'Hadir Laode M Syarif, Menteri Sekretaris Negara Pratikno, dan Menteri Hukum dan HAM Yasonna H Laoly.', [['person', 'Laode M Syarif'], ['person', 'Pratikno', [], ['Menteri Sekretaris Negara']], ['person', 'Yasonna H Laoly', [], ['Menteri Hukum dan HAM']]]],
  ['id', 'Perdana Menteri Bangladesh, Sheikh Hasina, hadir.', [['location', 'Bangladesh'], ['person', 'Sheikh Hasina', [], ['Perdana Menteri Bangladesh']]]],
  // a thing's cue before a person's full name is the person's thing; an award is named after one
  ['id', 'Ia mengemudikan mobil Setya Novanto saat kecelakaan.', [['person', 'Setya Novanto']]],
  // a word made of a root and a suffix at a sentence's start is no name's; a name in -an is
  ['id', 'Tendangan Marclei Santos ditangkap kiper. Sematkan bros itu, kata Setiawan Hermawan.', [['person', 'Marclei Santos'], ['person', 'Setiawan Hermawan']]],
  // a function word capitalised inside a sentence before a name's word is a name's
  ['id', 'Astronot itu, kata Yang Liwei, siap terbang.', [['person', 'Yang Liwei']]],
  // who sang or directed a work is a person
  ['id', 'Lagu itu dinyanyikan Taylor Swift, filmnya disutradarai Tim Burton.', [['person', 'Taylor Swift'], ['person', 'Tim Burton']]],
  // a cue typing one mention types the mentions of the same name only their shape typed
  ['id', 'Djaring menyediakan solusi pembuatan situs. Perusahaan Djaring berdiri pada 2015. Djaring kini punya 50 karyawan.', [['organization', 'Djaring']]],
  // an organisation's head that is a given name too, before one more name, is a person
  // an ordinary word that English name lists hold is no given name in Indonesian
  ['id', 'Gaya Jokowi disukai warga. Bandar udara itu baru.', [['person', 'Joko Widodo', ['Jokowi']]]],
  // heads and company forms: Kementrian (a common spelling), Konsil, BV
  ['id', 'Kementrian Komunikasi dan Informasi hadir. Konsil Kedokteran Indonesia menolak. Asia Link BV juga hadir.', [['organization', 'Kementrian Komunikasi dan Informasi'], ['organization', 'Konsil Kedokteran Indonesia'], ['organization', 'Asia Link BV']]],
  // kinds of land and water and directions before a place's name
  ['id', 'Roket jatuh di kota selatan Beersheba dan di pegunungan Mekongga .', [['location', 'Beersheba'], ['location', 'Mekongga']]],
  ['id', 'Pendaki mengukur ketinggian gunung Hkakabo Razi .', [['location', 'Hkakabo Razi']]],
  // a class noun and a list word before a list type its names; members listed are people
  ['id', 'Objek wisata pantai lainnya seperti Samas dan Kukup ramai .', [['location', 'Samas'], ['location', 'Kukup']]],
  ['id', 'Ia ingin kader lain seperti Marzuki Alie maju.', [['person', 'Marzuki Alie']]],
  ['id', 'Sejumlah kepala desa seperti Sutrisno dan Wagiman hadir.', [['person', 'Sutrisno'], ['person', 'Wagiman']]],
  ['id', 'Pengusaha media seperti Hary Tanoesoedibjo dan Surya Paloh mendukung langkah itu.', [['person', 'Hary Tanoesoedibjo'], ['person', 'Surya Paloh']]],
  ['id', 'Ia pernah membela klub seperti Exhorder dan Suffocation .', [['organization', 'Exhorder'], ['organization', 'Suffocation']]],
  ['en', 'He played for clubs such as Exhorder and Suffocation before he retired.', [['organization', 'Exhorder'], ['organization', 'Suffocation']]],
  // a known place written in lower case
  ['id', 'Ia tinggal di makassar lalu pindah ke sulawesi tengah .', [['location', 'Makassar'], ['location', 'Sulawesi Tengah']]],
  ['id', 'Ia terbang ke makassar , ambon dan papua kemarin .', [['location', 'Makassar'], ['location', 'Ambon'], ['location', 'Papua']]],
  // words of the language after "di" stay a place where a list or a head knows one, and after a noun of place
  ['id', 'Ia tinggal di Tanah Abang , di Jalan Pemuda dan di kawasan Permata Hijau .', [['location', 'Tanah Abang'], ['location', 'Jalan Pemuda'], ['location', 'Permata Hijau']]],
  // ... and two of them after "di": "di Tanah Suci"
  ['id', 'Jemaah haji tiba di Tanah Suci pada Senin .', [['location', 'Tanah Suci']]],
  // a unit's word in lower case and a village's name in lower case, as one place, as the unit's word before a capitalised name
  ['id', 'Penduduk desa kertobanyon bekerja di kota bontang , bukan desa merantau .', [['location', 'desa kertobanyon'], ['location', 'Bontang']]],
  // a sentence's first word whose full stop is lost ends a name
  ['id', 'Ia berguru pada Ustad Ali Akbar Khan Ia masih muda .', [['person', 'Ali Akbar Khan']]],
  // a word with a possessive clitic is no word of a name
  ['id', 'Ibunya Sue Latimer adalah guru di Pulau Harapan Tempatnya jauh . Ia lahir di Kenya .', [['person', 'Sue Latimer'], ['location', 'Pulau Harapan'], ['location', 'Kenya']]],
  // a person's deeds after the name: starring, graduating, holding an office
  ['id', 'Maki Horikita membintangi serial itu. Selepas menjabat , ia pensiun.', [['person', 'Maki Horikita']]],
  // Javanese and Sundanese tails of a place's name
  ['id', 'Ia tinggal di Kudus Kulon lalu pindah ke Banten Girang .', [['location', 'Kudus Kulon'], ['location', 'Banten Girang']]],
  ['id', 'Ia lulus dari SMA Negeri 8 Jakarta dan aktif di Himpunan Mahasiswa Islam .', [['location', 'SMA Negeri 8 Jakarta'], ['organization', 'Himpunan Mahasiswa Islam']]],
  // a peak is a place's head
  ['id', 'Pendaki mencapai Puncak Trikora dan Puncak Sumur Tujuh .', [['location', 'Puncak Trikora'], ['location', 'Puncak Sumur Tujuh']]],
  ['id', 'Sungai itu bermuara ke Bengawan Madiun .', [['location', 'Bengawan Madiun']]],
  ['id', 'Ia mengajar di Fakultas Kehutanan UGM .', [['organization', 'Fakultas Kehutanan UGM']]],
  // a unit's word at a place's end, written short or before a name in lower case, is the next place's
  ['id', 'Ia tinggal di Kelurahan Mojopuro Kec. Wuryantoro , dekat Kecamatan Batam Kota dengan pasar .', [['location', 'Kelurahan Mojopuro'], ['location', 'Kec. Wuryantoro'], ['location', 'Kecamatan Batam Kota']]],
  // a person's name, then "dari" and where the person comes from
  ['id', 'Hadiah diberikan kepada Budi Santoso dari Jawa Tengah .', [['person', 'Budi Santoso'], ['location', 'Jawa Tengah']]],
  // a way between two places
  ['id', 'Kota itu 15 km dari Brastagi . Kapal berlayar dari Tanjong Pagar ke Jakarta .', [['location', 'Brastagi'], ['location', 'Tanjong Pagar'], ['location', 'Jakarta']]],
  // an honorific in brackets, or before a plain acronym, names no one
  ['id', 'Adiknya Dimas Rizky Prianto ( Alm ) berperan sebagai Pak RT bersama Pak SBY .', [['person', 'Dimas Rizky Prianto'], ['person', 'Susilo Bambang Yudhoyono', ['SBY']]]],
  // ordinary words before a unit's name belong to no name
  ['id', 'Ia bekerja di Angkutan Kabupaten Sumbawa dan mengawasi APBD Kabupaten Wonogiri .', [['location', 'Kabupaten Sumbawa'], ['location', 'Kabupaten Wonogiri']]],
  // a post in a bracket after a name
  ['id', 'Heruwasto ( Dosen Fakultas Ekonomi ) dan Fadlillah ( pensiunan Guru ) hadir .', [['person', 'Heruwasto'], ['person', 'Fadlillah']]],
  // a first name of a long list and a last word no language has
  ['id', 'Lagu itu dinyanyikan ulang oleh Victoria Bergsman dan Eddy Arnold .', [['person', 'Victoria Bergsman'], ['person', 'Eddy Arnold']]],
  // given names that subtitles use as words are still names
  ['id', 'Kostum yang dikenakan Dea Rizkita memukau. Hakim menolak eksepsi Axel Matthew Thomas.', [['person', 'Dea Rizkita'], ['person', 'Axel Matthew Thomas']]],
  // a one-word name after a title, whatever the dictionary holds
  ['id', 'Kapolsek Kompol Rahmatullah mengatakan hal itu. Penyanyi Mahardika tampil di Jakarta.', [['person', 'Rahmatullah', [], ['Kapolsek Kompol']], ['person', 'Mahardika', [], ['Penyanyi']], ['location', 'Jakarta']]],
  // review: rivers after "aliran", faculties with their acronym, peaks with a name
  ['id', 'Warga di bantaran aliran Sungai Ciliwung dievakuasi .', [['location', 'Sungai Ciliwung']]],
  ['id', 'Arif merupakan Dekan Fakultas Ekologi Manusia ( FEMA ) IPB .', [['organization', 'Fakultas Ekologi Manusia', ['FEMA']], ['person', 'Arif'], ['organization', 'IPB']]],
  ['en', 'Ron Perlman starred as "Hellboy" in the film.', [['person', 'Ron Perlman'], ['person', 'Hellboy']]],
  // words of the language inside a person's name stay the name's
  ['id', 'Agus Harimurti Yudhoyono dan Sylviana Murni hadir bersama Kaya Scodelario dan Elko Kastanya .', [['person', 'Agus Harimurti Yudhoyono'], ['person', 'Sylviana Murni'], ['person', 'Kaya Scodelario'], ['person', 'Elko Kastanya']]],
  ['id', 'Bekraf memberangkatkan beberapa startup termasuk Qlue , PicMix dan Kaskus ke pameran itu .', [['organization', 'Badan Ekonomi Kreatif', ['Bekraf']], ['organization', 'Qlue'], ['organization', 'PicMix'], ['organization', 'Kaskus']]],
  ['id', 'Ia kalah dari pencetak poin terbanyak di kompetisi yaitu Dima Chahine asal Lebanon .', [['person', 'Dima Chahine'], ['location', 'Lebanon']]],
  ['id', 'Ia datang ke Balai Kota Jakarta kemarin , lalu bertemu BP dan Pdt Budi .', [['location', 'Balai Kota Jakarta'], ['organization', 'BP'], ['person', 'Budi']]],
  // a headline's capitalised words glued into the text end a name
  ['id', 'Kementerian itu tunjuk Jackie Chan Menjadi Duta Pariwisata , kata dia .', [['person', 'Jackie Chan']]],
  // a plain acronym after a title goes on with the role; initials do not
  ['id', 'Hal itu disampaikan Gubernur DKI Anies Baswedan dan Wakil Ketua Komisi I TB Hasanuddin .', [['person', 'Anies Baswedan', [], ['Gubernur DKI']], ['person', 'TB Hasanuddin']]],
  // second review: a list's class is the first class noun of its noun phrase; names of words stay whole; a hall alone
  ['id', 'Warga di desa seperti Sukamaju dan Cikadu mengungsi .', [['location', 'Sukamaju'], ['location', 'Cikadu']]],
  ['id', 'Festival itu menampilkan bintang di tangga lagu sepanjang 2017 seperti BTS , EXO , Wanna One dan Red Velvet .', [['organization', 'BTS'], ['organization', 'EXO'], ['organization', 'Wanna One'], ['organization', 'Red Velvet']]],
  ['id', 'Bank seperti BCA , BNI dan Mandiri menurunkan bunga .', [['organization', 'Bank Central Asia', ['BCA']], ['organization', 'Bank Negara Indonesia', ['BNI']], ['organization', 'Mandiri']]],
  ['en', 'Workers at companies such as Foxconn and Pegatron went on strike.', [['organization', 'Foxconn'], ['organization', 'Pegatron']]],
  ['id', 'Luka Modric mencetak gol . Kaya Scodelario hadir di Balai Kota .', [['person', 'Luka Modric'], ['person', 'Kaya Scodelario'], ['location', 'Balai Kota']]],
  ['id', 'Sujatmiko ( Kepala Dinas Pendidikan ) Kamis mengatakan hal itu .', [['person', 'Sujatmiko'], ['organization', 'Dinas Pendidikan']]],
  // a venue's two-word tail before an organisation's tail word
  ['id', 'Pameran itu digelar di Jakarta Convention Center pekan lalu .', [['location', 'Jakarta Convention Center']]],
  // a village's offices are titles
  ['id', 'Kadus Sutarno dan Modin Karsidi hadir.', [['person', 'Sutarno', [], ['Kadus']], ['person', 'Karsidi', [], ['Modin']]]],
  // a crew's posts are titles
  ['id', 'Copilot Dwiyanto dan Mekanik Herlyo selamat.', [['person', 'Dwiyanto', [], ['Copilot']], ['person', 'Herlyo', [], ['Mekanik']]]],
  // a band member's part in a bracket after the name
  ['id', 'Band itu terdiri dari Sonny Krisna Yudha / Oni ( gitar ) dan Andika Naliputra ( " keyboard " ) .', [['person', 'Sonny Krisna Yudha'], ['person', 'Oni'], ['person', 'Andika Naliputra']]],
  // a character a cast member plays, in quotation marks before the work
  ['id', 'Ia dikenal lewat peran-perannya sebagai " Kouji Kabuto " dalam " Mazinger Z " dan sebagai " Gouki / GingaBlue " dalam serial itu.', [['person', 'Kouji Kabuto'], ['person', 'Gouki']]],
  // ... after a small word after a word of the cast, and without quotation marks before the work's noun
  ['id', 'Penampilan perdananya adalah sebagai pemain untuk " Shun Namiki " dalam versi musikal itu.', [['person', 'Shun Namiki']]],
  // a second character in quotation marks, listed after another before the work, or after the first one's work
  ['id', 'Ia berperan sebagai " Rodimus Convoy " dan " Hot Rodimus " dalam " Transformers " .', [['person', 'Rodimus Convoy']]],
  ['id', 'Ia memerankan tokoh " Mitchie Torres " dalam film " Camp Rock " dan " Sonny Munroe " dalam serial " Sonny with a Chance " .', [['person', 'Mitchie Torres'], ['person', 'Sonny Munroe']]],
  ['id', 'Ia dikenal lewat perannya sebagai Orry Main dalam miniseri itu, lalu menjadi pemeran Dean Forester di serial televisi.', [['person', 'Orry Main'], ['person', 'Dean Forester']]],
  // a month's short form with no date beside it is a word of a name
  ['id', 'Pada 12 Jan 2018 , Ong Jan Hong bertemu Jun Ishikawa di Tokyo .', [['person', 'Ong Jan Hong'], ['person', 'Jun Ishikawa'], ['location', 'Tokyo']]],
  ['id', 'Sepakan itu mengancam gawang Jan Oblak pada menit 11 .', [['person', 'Jan Oblak']]],
  // a name that looks like words, listed with people, is a person (not English words only)
  ['id', 'Vokalnya diisi Gordon , Nino , Yerry dan Paul .', [['person', 'Gordon'], ['person', 'Nino'], ['person', 'Yerry'], ['person', 'Paul']]],
  // a noun of people or of a group's members in apposition defines a person
  ['id', 'Ia digantikan oleh Arief , mantan personel Brown Sugar . Korban bernama Catur Yuliantono , warga Duren Sawit .', [['person', 'Arief'], ['organization', 'Brown Sugar'], ['person', 'Catur Yuliantono'], ['location', 'Duren Sawit']]],
  ['id', 'Film itu disutradarai Tim Burton. Tim Gabungan Polri dibentuk.', [['person', 'Tim Burton'], ['organization', 'Tim Gabungan Polri']]],
  // business partners, makers and quoted media are organisations
  ['id', 'Perusahaan itu bermitra dengan Midtrans. Game itu dibuat pengembang Bandai Namco, seperti dikutip Express.', [['organization', 'Midtrans'], ['organization', 'Bandai Namco'], ['organization', 'Express']]],
  // more state bodies known by their short names
  ['id', 'Kepala Bappenas Bambang Brodjonegoro hadir bersama PPATK.', [['organization', 'Badan Perencanaan Pembangunan Nasional', ['Bappenas']], ['person', 'Bambang Brodjonegoro', [], ['Kepala Bappenas']], ['organization', 'Pusat Pelaporan dan Analisis Transaksi Keuangan', ['PPATK']]]],
  // a nickname introduced after the name is the person's alias
  ['id', 'Pebulu tangkis Tontowi Ahmad yang akrab disapa Owi menang. Owi senang.', [['person', 'Tontowi Ahmad', ['Owi']]]],
  ['en', 'Robert Smith, better known as Bob, arrived. Bob smiled.', [['person', 'Robert Smith', ['Bob']]]],
  // initials written with an age are a person's, at every mention
  ['id', 'NYD (37) ditangkap polisi. NYD mengaku bersalah.', [['person', 'NYD']]],
  // more place names and heads, and a title
  ['id', 'Ia ditahan di perbatasan Hongaria lalu keluar di Tol Cileunyi.', [['location', 'Hungary', ['Hongaria']], ['location', 'Tol Cileunyi']]],
  ['id', 'Petahana Basuki Tjahaja Purnama hadir.', [['person', 'Basuki Tjahaja Purnama', [], ['Petahana']]]],
  // a rank of several title words after the organisation goes on with the role
  ['id', 'Kasubag Humas Polres Bogor Ajun Komisaris Ita Puspita Lena mengatakan itu.', [['organization', 'Polres Bogor'], ['person', 'Ita Puspita Lena', [], ['Kasubag Humas Polres Bogor Ajun Komisaris']]]],
  // a role in apposition after a possessive: "X, Indonesia's finance minister"
  ['en', "Retno Marsudi, Indonesia's foreign minister, met reporters.", [['person', 'Retno Marsudi', [], ["Indonesia's foreign minister"]], ['location', 'Indonesia']]],
  // a person's name, then "of" and where the person belongs
  ['en', 'Lawmaker Mukhamad Misbakhun of the Golkar Party told Reuters.', [['person', 'Mukhamad Misbakhun', [], ['Lawmaker']], ['organization', 'Golkar Party'], ['organization', 'Reuters']]],
  ['en', 'John Hopkins of Bank of America said so.', [['person', 'John Hopkins'], ['organization', 'Bank of America']]],
  // an honorific after a name opens another person's; "sapaan akrab" introduces a nickname
  ['id', 'Ayah Minhati KH Madrais Hajar merupakan pimpinan pesantren.', [['person', 'Minhati'], ['person', 'Madrais Hajar']]],
  ['id', 'Hal itu dikatakan Eyi, sapaan akrab Eyi Lesmana, kemarin.', [['person', 'Eyi Lesmana', ['Eyi']]]],
  // a company's name in camel case before a person's name is two names
  ['id', 'Hal itu dikatakan pendiri InfraDigital Ian McKenna, ujar Co-Founder PicMix Roberto Thamrin.', [['organization', 'InfraDigital'], ['person', 'Ian McKenna'], ['organization', 'PicMix'], ['person', 'Roberto Thamrin', [], ['Co-Founder PicMix']]]],
  ['en', 'Coach LeBron James arrived.', [['person', 'LeBron James']]],
  // an acronym that names nothing before a place is no part of it
  ['id', 'Pemerintah menaikkan bea impor CPO India.', [['location', 'India']]],
  // prisons are places, Kemk- ministries and production houses organisations
  ['id', 'Petugas Rutan Sialang Bungkuk menjaga tahanan dari kantor Kemkumham. Film itu diproduksi Maogi Production.', [['location', 'Rutan Sialang Bungkuk'], ['organization', 'Kemkumham'], ['organization', 'Maogi Production']]],
  // a title word that is a given name too, after another title, opens the name
  ['id', 'Menpora Imam Nahrawi dan Kapolres AKBP Imam Sugianto hadir.', [['person', 'Imam Nahrawi', [], ['Menpora']], ['person', 'Imam Sugianto', [], ['Kapolres AKBP']]]],
  // carmakers and racing teams are organisations; a given name that is also a brand stays a name
  ['id', 'Pebalap Mercedes itu finis kedua, di depan pebalap Ferrari Sebastian Vettel.', [['organization', 'Mercedes-Benz', ['Mercedes']], ['organization', 'Ferrari'], ['person', 'Sebastian Vettel']]],
  ['id', 'Saksi Aprilia Maharani hadir di sidang.', [['person', 'Aprilia Maharani', [], ['Saksi']]]],
  // a known company's name does not go on into a product's model
  ['id', 'Warga memakai Samsung Galaxy S8 dan membeli Toyota Avanza G1.', [['organization', 'Samsung'], ['organization', 'Toyota']]],
  // a table's column gap ends a name
  ['id', 'Hasil balapan: Sebastian Vettel   Jerman   lalu Lewis Hamilton   Inggris.', [['person', 'Sebastian Vettel'], ['location', 'Germany', ['Jerman']], ['person', 'Lewis Hamilton'], ['location', 'United Kingdom', ['Inggris']]]],
  // guards for the rules above
  ['id', 'Seorang ODGJ (35) mengamuk di pasar. Warga mengamankan ODGJ tersebut.', []],
  ['id', 'Acara dihadiri Budi Santoso, Sr Maria Goretti, dan warga.', [['person', 'Budi Santoso'], ['person', 'Sr Maria Goretti']]],
  ['id', 'Pengusaha Jaya Wijaya hadir dalam rapat.', [['person', 'Jaya Wijaya']]],
  ['id', 'Ia mengutip Sutan Sjahrir dalam bukunya.', [['person', 'Sutan Sjahrir']]],
  ['id', 'Polisi membentuk Tim Elang untuk memburu pelaku.', [['organization', 'Tim Elang']]],
  ['id', 'Warga menyukai lagu Kirana. Kirana menyanyikan lagu itu di Jakarta. Kirana tampil di Bandung.', [['person', 'Kirana'], ['location', 'Jakarta'], ['location', 'Bandung']]],
  ['id', 'Jokowi Resmikan Tol Trans Jawa Usai Kunjungi Semarang via Darat\n\nPresiden Joko Widodo meresmikan jalan itu.\n\nPresiden senang.', [['person', 'Joko Widodo', [], ['Presiden']]]],
  // an outlet opening the story with a dash is an organisation, not a place
  ['id', 'Rimanews - Seorang astronot, kata Yang Liwei, mendengar suara aneh.', [['organization', 'Rimanews'], ['person', 'Yang Liwei']]],
  // a site's name is its publisher's
  ['id', 'AS.com mengungkapkan bahwa Madrid tertarik. Hal itu dilaporkan DailySocial.id kemarin.', [['organization', 'AS.com'], ['location', 'Madrid'], ['organization', 'DailySocial.id']]],
  // after a title, dictionary words then two words of a name's shape: the words go with the role
  ['id', 'Direktur Produk Pegadaian Harianto Widodo menuturkan hal itu.', [['person', 'Harianto Widodo', [], ['Direktur Produk Pegadaian']]]],
  ['id', 'Kepala Staf Kepresidenan Teten Masduki hadir.', [['person', 'Teten Masduki', [], ['Kepala Staf Kepresidenan']]]],
  ['id', 'Ketua Fraksi Didi Irawadi Syamsuddin hadir.', [['person', 'Didi Irawadi Syamsuddin', [], ['Ketua Fraksi']]]],
  // one who held a post, in apposition, is a person ("mantan" before a title); a former sponsor is not
  ['id', 'Djarum, mantan sponsor Persib, kembali mendukung liga.', [['organization', 'Djarum'], ['organization', 'Persib Bandung', ['Persib']]]],
  ['id', 'Tsvangirai, mantan tokoh serikat pekerja, akan berkampanye.', [['person', 'Tsvangirai']]],
  ['en', 'Tsvangirai, a former minister, is expected to run.', [['person', 'Tsvangirai']]],
  // a nickname in quotation marks inside a name, and a generation suffix after a comma
  ['id', 'Bassis Michael "Flea" Balzary tampil di Jakarta. Flea lalu bernyanyi.', [['person', 'Michael Balzary', ['Flea'], ['Bassis']], ['location', 'Jakarta']]],
  ['en', 'Drug lord Joaquin “El Chapo” Guzman was arrested.', [['person', 'Joaquin Guzman', ['El Chapo']]]],
  ['id', 'Presiden Benigno Aquino, Jr. dilantik.', [['person', 'Benigno Aquino, Jr', [], ['Presiden']]]],
  // military posts: a unit's number and the corps after a rank go with the role
  ['id', 'Ia mendarat di bawah Komandan Benny Moerdani.', [['person', 'Benny Moerdani', [], ['Komandan']]]],
  ['id', 'Dandim 0618 Letkol Inf Budi Santoso mengatakan itu.', [['person', 'Budi Santoso', [], ['Dandim 0618 Letkol Inf']]]],
  ['id', 'Komandan Kodim 0618 Letkol Inf Budi Santoso hadir.', [['organization', 'Kodim 0618'], ['person', 'Budi Santoso', [], ['Komandan Kodim 0618 Letkol Inf']]]],
  ['id', 'Ia pernah menjadi Komandan Batalyon 4 Resimen 22 di Yogyakarta.', [['location', 'Yogyakarta']]],
  // a capitalised title leads its words in lower case
  ['id', 'Pertemuan dihadiri Kepala desa Tonny Wangania.', [['person', 'Tonny Wangania', [], ['Kepala desa']]]],
  ['id', 'Pada 2012 KPK menetapkan tersangka.', [['organization', 'Komisi Pemberantasan Korupsi', ['KPK']]]],
  ['id', 'Setelah kembali ke New York City, ia bersekolah.', [['location', 'New York City']]],
  ['id', 'Kata Ketua Pengurus Besar Nahdlatul Ulama Slamet Effendy Yusuf.', [['organization', 'Pengurus Besar Nahdlatul Ulama'], ['person', 'Slamet Effendy Yusuf', [], ['Ketua Pengurus Besar Nahdlatul Ulama']]]],
  ['id', 'Personel TNI AU terlibat. Kata suratkabar The New York Times kemarin.', [['organization', 'TNI Angkatan Udara', ['TNI AU']], ['organization', 'The New York Times']]],
  // a royal or religious title is part of the name
  ['id', 'Ia menghadiri pernikahan putri Sultan Hamengku Buwono X kemarin.', [['person', 'Sultan Hamengku Buwono X', [], ['Sultan']]]],
  ['id', 'Paus Benediktus XVI tiba kemarin.', [['person', 'Paus Benediktus XVI']]],
  // a school level after a word of time is a time of one's life; the name after it is a person's, not a school's
  ['id', 'Sejak SMP Mita telah mulai ngeband . Semasa SMP Karni bersekolah di SMP Negeri 5 Padang .', [['person', 'Mita'], ['person', 'Karni'], ['location', 'SMP Negeri 5 Padang']]],
  // Javanese titles of nobility and of elders stay part of the name
  ['id', 'Makam Nyi Ageng Serang dirawat . Ia membantu Raden Inten II berjuang .', [['person', 'Nyi Ageng Serang', [], ['Nyi']], ['person', 'Raden Inten II', [], ['Raden']]]],
  // a ministry's portfolio written in lower case belongs to its name
  ['id', 'Kementerian luar negeri Mesir menyerukan gencatan senjata.', [['organization', 'Kementerian luar negeri Mesir']]],
  // a direction in lower case after a place is part of it
  ['id', 'Roket menghantam Israel utara. Virus menyebar di Afrika barat.', [['location', 'Israel utara'], ['location', 'Afrika barat']]],
  // a number starts no name
  ['id', 'Pada tahun 1966 SMA Negeri 6 Bandung pindah. Ada 10 Harry Tanoe di sana.', [['location', 'SMA Negeri 6 Bandung'], ['person', 'Harry Tanoe']]],
  ['id', 'Kata Kantor Berita IRNA. Laporan stasiun China Central Television (CCTV) dan Metro TV sama.', [['organization', 'Kantor Berita IRNA'], ['organization', 'China Central Television', ['CCTV']], ['organization', 'Metro TV']]],
  // news media are organisations known by name
  ['id', 'Kata Ruhut ketika dihubungi Tempo, Senin. Ia juga berbicara kepada The Jakarta Post.', [['person', 'Ruhut'], ['organization', 'Tempo'], ['organization', 'The Jakarta Post']]],
  // an honorific names a person, even an acronym
  ['id', 'Karena Pak SBY sudah menegaskan hal itu. Bu SR juga.', [['person', 'Susilo Bambang Yudhoyono', ['SBY']], ['person', 'SR']]],
  // a band member's part after "pada", out of brackets, makes a person, a village's name or a word too
  ['id', 'Formasinya : Ayik pada gitar , Kurnia pada Bass dan Catur pada Drum .', [['person', 'Ayik'], ['person', 'Kurnia'], ['person', 'Catur']]],
  // a name with a middle initial keeps a person's type in a list or an apposition of places
  ['id', 'Ia penggemar penyanyi yang kini menetap di Perancis , Anggun C . Sasmi .', [['location', 'France'], ['person', 'Anggun C. Sasmi']]],
  // a school level after "saat" speaks of the school: "Saat SMA Pangudi Luhur menggelar ..."
  ['id', 'Saat SMA Pangudi Luhur menggelar pentas seni , warga datang .', [['location', 'SMA Pangudi Luhur']]],
  // an organisation's tail word after a unit's word leaves a place ("Desa Pintu Air"); a place's head may open a
  // company's name ("Hotel Indonesia Group"); "Man" is no school's head MAN
  ['id', 'Warga Desa Pintu Air naik Batik Air , saham Hotel Indonesia Group naik , dan Man United kalah .', [['location', 'Desa Pintu Air'], ['organization', 'Batik Air'], ['organization', 'Hotel Indonesia Group'], ['organization', 'Man United']]],
  // "The" joined to a name a list knows keeps its canonical name: "The Fed" is the Federal Reserve
  ['id', 'Gubernur The Fed Jerome Powell mengatakan Fed akan berhati-hati .', [['organization', 'Federal Reserve'], ['person', 'Jerome Powell']]],
  // a naming word after a group's noun names the group only when the noun heads the phrase: not after a person's noun
  ['id', 'Seorang anggota ormas bernama Hendra dan pegawai bank bernama Dewi tewas , kata sopir perusahaan itu bernama Ahmad .', [['person', 'Hendra'], ['person', 'Dewi'], ['person', 'Ahmad']]],
  // after a unit's name, a known given name and more of a person's name start a person (not in a street's name)
  ['id', 'General Manager Telkomsel Region Jabotabek Andi Setiawan tinggal di Jalan Kyai Haji Ahmad Dahlan .', [['organization', 'Telkomsel'], ['location', 'Region Jabotabek'], ['person', 'Andi Setiawan'], ['location', 'Jalan Kyai Haji Ahmad Dahlan']]],
  // ... after a title only (not "Warga Desa Sumber Agung Rahayu"), at a rank too, or after a known place; the place goes on with the role
  // ... not inside a district's name of two words, nor at a second unit, nor past a street's head
  ['id', 'Camat Kecamatan Medan Sunggal Rudi Hartono dan Camat Kecamatan Sungai Raya Budi Santoso hadir .', [['location', 'Kecamatan Medan Sunggal'], ['person', 'Rudi Hartono', [], ['Camat Kecamatan Medan Sunggal']], ['location', 'Kecamatan Sungai Raya'], ['person', 'Budi Santoso', [], ['Camat Kecamatan Sungai Raya']]]],
  // after a title, a company's name does not run across a connector and a second title
  ['id', 'Kapolres Distrik Timika AKBP Agustinus Wijaya dan Gubernur Prefektur Tokyo Yuriko Koike bertemu .', [['location', 'Distrik Timika'], ['person', 'Agustinus Wijaya'], ['location', 'Prefektur Tokyo'], ['person', 'Yuriko Koike']]],
  ['id', 'Kepala Distrik Mulia Kabupaten Puncak Jaya Yonas Kogoya hadir .', [['location', 'Distrik Mulia'], ['location', 'Kabupaten Puncak Jaya'], ['person', 'Yonas Kogoya']]],
  ['id', 'Kapolres Distrik Timika AKBP Agustinus Wijaya tiba . Gubernur Prefektur Tokyo Yuriko Koike bertemu warga Desa Sumber Agung Rahayu .', [['location', 'Distrik Timika'], ['person', 'Agustinus Wijaya', [], ['Kapolres Distrik Timika AKBP']], ['location', 'Prefektur Tokyo'], ['person', 'Yuriko Koike', [], ['Gubernur Prefektur Tokyo']], ['location', 'Desa Sumber Agung Rahayu']]],
  // the giver after "dari" and a head is a name of its own inside an award's or a cup's name; CSR is no body
  ['id', 'Kota Bogor meraih Penghargaan Adipura dari Kementerian Lingkungan Hidup , dan Bank BRI meraih Penghargaan Top CSR dari Majalah Top Business .', [['location', 'Kota Bogor'], ['organization', 'Kementerian Lingkungan Hidup'], ['organization', 'Bank BRI'], ['organization', 'Majalah Top Business']]],
  // a football club's form before or after its name makes it a club, also after a place's name; a decree (SK) is none
  ['id', 'Ia bermain untuk Selangor FA , Hannover SC dan FK Crvena Zvezda sesuai SK Menteri .', [['organization', 'Selangor FA'], ['organization', 'Hannover SC'], ['organization', 'FK Crvena Zvezda']]],
  ['id', 'Ia pindah dari Kuala Lumpur FA .', [['organization', 'Kuala Lumpur FA']]],
  // the last word of a known place is no organisation's word inside a run: "Amerika Serikat | dan"
  ['id', 'Ia berbagi hadiah Nobel dengan John B. Fenn dari Amerika Serikat dan Kurt Wuethrich dari Swiss .', [['person', 'John B. Fenn'], ['location', 'United States'], ['person', 'Kurt Wuethrich'], ['location', 'Switzerland']]],
  // question marks where a lost encoding dropped a letter stay inside the name
  ['id', 'Ia bermain untuk FC Bayern M??nchen bersama Bj??rn Yttling . Benarkah?Ya .', [['organization', 'FC Bayern M??nchen'], ['person', 'Bj??rn Yttling']]],
  // honorifics of teachers of religion and of kin (Ustadz, Mang, Kek); Syekh and its spellings stay part of the name, and no
  // honorific after a comma opens a role in apposition
  ['id', 'Ia belajar pada Syaikh Ali Jaber , Ustadz Somad dan Mang Udjo .', [['person', 'Syaikh Ali Jaber', [], ['Syaikh']], ['person', 'Somad', [], []], ['person', 'Udjo']]],
  // a place in apposition between commas before a place, or after a place at the sentence's end
  ['id', 'Sapi dipotong di Jalan Imogiri, Giwangan, Yogyakarta. Pesawat jatuh di dekat Pasar Drayton, Shropshire.', [['location', 'Jalan Imogiri'], ['location', 'Giwangan'], ['location', 'Yogyakarta'], ['location', 'Pasar Drayton'], ['location', 'Shropshire']]],
  // a cue noun written twice (a plural) is still the cue
  ['id', 'Serangan terjadi di kota-kota Kashgar dan Hotan.', [['location', 'Kashgar'], ['location', 'Hotan']]],
  // a word after a name that only a person does; "Mantan" before a title
  ['id', 'Maki Horikita lahir di Saitama. Ia putri Mantan Presiden Soeharto.', [['person', 'Maki Horikita'], ['location', 'Saitama'], ['person', 'Soeharto', [], ['Mantan Presiden']]]],
  ['id', 'Partai itu merapat ke koalisi Joko Widodo.', [['person', 'Joko Widodo']]],
  // "br" (boru) before a Batak clan name is part of a woman's name
  ['id', 'Ia bertemu Ulina br Ginting dan Rusti br Sembiring.', [['person', 'Ulina br Ginting'], ['person', 'Rusti br Sembiring']]],
  // an organisation's acronym, then a person's name
  ['id', 'Dalam acara itu, politisi PDI-P Effendi Simbolon membantah.', [['organization', 'Partai Demokrasi Indonesia Perjuangan', ['PDI-P']], ['person', 'Effendi Simbolon']]],
  // a sentence's first word with a clitic or of a derived shape is no part of a name
  ['id', 'Mundurnya Hary Tanoesoedibyo mengejutkan partai.', [['person', 'Hary Tanoesoedibyo']]],
  // a portfolio and the country of a title: "Menteri Keadilan Sierra Leone"
  ['id', 'Hal itu dikatakan Menteri Keadilan Sierra Leone Frank Kargbo.', [['location', 'Sierra Leone'], ['person', 'Frank Kargbo', [], ['Menteri Keadilan Sierra Leone']]]],
  ['id', 'Hal itu dikatakan Komisioner Komnas HAM Siti Noor Laila.', [['organization', 'Komnas HAM'], ['person', 'Siti Noor Laila', [], ['Komisioner Komnas HAM']]]],
  // people known by a short form: one entity under the full name, the title its role
  ['id', 'Jokowi bertemu SBY. Presiden Joko Widodo lalu pulang.', [['person', 'Joko Widodo', ['Jokowi'], ['Presiden']], ['person', 'Susilo Bambang Yudhoyono', ['SBY'], []]]],
  // names ending in a known organisation's name are a team; the name in apposition after a title is the person
  ['id', 'Pebalap Movistar Yamaha, Maverick Vinales, start kedua.', [['organization', 'Movistar Yamaha'], ['person', 'Maverick Vinales', [], ['Pebalap Movistar Yamaha']]]],
  ['id', 'Menteri Keuangan, Sri Mulyani, mengatakan itu. Ketua DPR, Kapolri dan Jaksa Agung hadir.', [['person', 'Sri Mulyani', [], ['Menteri Keuangan']], ['organization', 'DPR']]],
  // a sentence's first word before a modal word or a relative clause is a person
  ['id', 'Jero ingin pengetatan konsumsi BBM. Richardson, yang memimpin delegasi, tiba.', [['person', 'Jero'], ['person', 'Richardson']]],
  // an acronym alone after a title is the role's organisation; a name after an acronym is a person
  ['id', 'Hal itu dibantah Jurubicara MDC.', [['organization', 'MDC']]],
  ['id', 'Juru bicara ZANU Tendai Biti hadir di sana.', [['organization', 'ZANU'], ['person', 'Tendai Biti']]],
  // a person's name that ends in a place's; football clubs in United
  ['id', 'Ia mengagumi Michael Jordan. Pemain Manchester United itu hebat.', [['person', 'Michael Jordan'], ['organization', 'Manchester United']]],
  ['en', 'Manchester United beat Leeds United while Michael Jordan watched.', [['organization', 'Manchester United'], ['organization', 'Leeds United'], ['person', 'Michael Jordan']]],
  // a medium after "dilansir"; a national team; an era names nothing
  ['id', 'Dulu di Orde lama gaya itu dibenci. Timnas kalah lagi. Seperti dilansir Calciomercato, Timnas Indonesia menang.', [['organization', 'Calciomercato'], ['organization', 'Timnas Indonesia']]],
  // a list with a place and a person named after a title is a list of people
  ['id', 'Hadir Komisioner KPU RI, Evi Novida Ginting Manik, Pramono Ubaid Tanthowi dan Hasyim Asyari.', [['organization', 'Komisi Pemilihan Umum', ['KPU']], ['location', 'Indonesia', ['RI']], ['person', 'Evi Novida Ginting Manik', [], ['Komisioner KPU RI']], ['person', 'Pramono Ubaid Tanthowi'], ['person', 'Hasyim Asyari']]],
  // after a title, an organisation the article named before ends where the person starts
  ['id', 'Sidang untuk Partai Idaman dan Partai Swara Rakyat Indonesia (Parsindo) digelar. Hadir Kuasa Hukum Partai Idaman Heriyanto, dan Kuasa Hukum Parsindo Karmal Maksudi.', [['organization', 'Partai Idaman'], ['organization', 'Partai Swara Rakyat Indonesia', ['Parsindo']], ['person', 'Heriyanto', [], ['Kuasa Hukum Partai Idaman']], ['person', 'Karmal Maksudi', [], ['Kuasa Hukum Parsindo']]]],
  // after a title and its organisation, a rank goes on with the role and an honorific is dropped
  ['id', 'Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Raden Prabowo Argo Yuwono mengatakan itu. Lukisan karya Raden Saleh dipamerkan.', [['organization', 'Polda Metro Jaya'], ['person', 'Raden Prabowo Argo Yuwono', [], ['Kepala Bidang Humas Polda Metro Jaya Komisaris Besar']], ['person', 'Raden Saleh']]],
  // a person's initials after "berinisial", whatever the gazetteer knows by them
  ['id', 'Polisi meringkus perampok berinisial MA. Tersangka berinisial Ar juga ditangkap. Putusan MA sudah keluar.', [['person', 'MA'], ['person', 'Ar'], ['organization', 'Mahkamah Agung', ['MA']]]],
  // an organisation, a title and a person's name: the organisation is the role's
  ['en', 'Bank Indonesia Governor Perry Warjiyo spoke. Apple CEO Tim Cook and analysts at Morgan Stanley agreed.', [['organization', 'Bank Indonesia'], ['person', 'Perry Warjiyo', [], ['Bank Indonesia Governor']], ['organization', 'Apple'], ['person', 'Tim Cook', [], ['Apple CEO']], ['organization', 'Morgan Stanley']]],
  // a title in lower case: a role for the person after it, the organisation after it alone stays one
  ['en', "Indonesia's finance minister Sri Mulyani Indrawati said the cut would come.", [['location', 'Indonesia'], ['person', 'Sri Mulyani Indrawati', [], ['finance minister']]]],
  ['id', 'Hal itu dikatakan ketua umum Partai Golkar Aburizal Bakrie. Ia diterjang pemain Persela Lamongan.', [['organization', 'Partai Golkar'], ['person', 'Aburizal Bakrie', [], ['ketua umum Partai Golkar']], ['organization', 'Persela Lamongan']]],
  // a school level before a name is a place head, as "SMA"
  ['id', 'Ia masuk Sekolah Dasar Daimyo lalu SMA Negeri 1 Pandaan.', [['location', 'Sekolah Dasar Daimyo'], ['location', 'SMA Negeri 1 Pandaan']]],
  // a place before a known organisation that ends the run
  ['en', 'Officials at the U.S. Federal Reserve said rates would hold.', [['location', 'United States', ['U.S.']], ['organization', 'Federal Reserve']]],
  // Korean and Chinese names, whose syllables subtitle word lists hold as frequent words
  ['id', 'Pertemuan itu dihadiri Lee Jae-myung dan Park Geun-hye. Aktor Lee Min Ho hadir bersama Bae Yong Joon. Sejarawan Tan Qixiang datang.', [['person', 'Lee Jae-myung'], ['person', 'Park Geun-hye'], ['person', 'Lee Min Ho', [], ['Aktor']], ['person', 'Bae Yong Joon'], ['person', 'Tan Qixiang', [], ['Sejarawan']]]],
  // a number word counting a noun is no city; a compound noun's head is no place head
  ['id', 'Lima orang tewas dan 40 orang cedera. Lima adalah ibu kota Peru.', [['location', 'Lima'], ['location', 'Peru']]],
  // a word that names nothing alone ("Saudi officials") still opens a known name
  ['en', "Saudi Arabia's energy minister Prince Abdulaziz bin Salman spoke. Saudi officials agreed.", [['location', 'Saudi Arabia'], ['person', 'Prince Abdulaziz bin Salman', [], ['energy minister', 'Prince']]]],
  // a speaker's short quotation and possessive apostrophes are no title's quotation marks
  ['en', '"We will not abandon Zelensky," Biden said. The board\'s view of Kowalczyk\'s plan was mixed.', [['person', 'Zelensky'], ['person', 'Biden'], ['person', 'Kowalczyk']]],
  ['id', '"Kami mendukung Sutarmidji," kata seorang warga.', [['person', 'Sutarmidji']]],
  // a known short form is one only alone; a known organisation's acronym defined in lower case stays one;
  // after a title, an organisation the article named is not also found by the title rule; a name ending in a
  // company's name is a team only after a title
  ['id', 'Novel karya JK Rowling laris. Wakil Presiden JK hadir.', [['person', 'JK Rowling'], ['person', 'Jusuf Kalla', ['JK'], ['Wakil Presiden']]]],
  ['id', 'Anggota komisi pemilihan umum (KPU) daerah hadir. KPU menolak gugatan itu.', [['organization', 'Komisi Pemilihan Umum', ['KPU']]]],
  ['id', 'ZTE Indonesia meluncurkan ponsel baru. Direktur ZTE Indonesia Jianguo Wang hadir.', [['organization', 'ZTE Indonesia'], ['person', 'Jianguo Wang', [], ['Direktur ZTE Indonesia']]]],
  ['en', 'Keisuke Honda signed for the club.', [['person', 'Keisuke Honda']]],
  // a village's or a person's name of a derived shape at a sentence's start is no ordinary word
  ['id', 'Belawan dilanda banjir rob sejak Senin. Sebayang mengatakan timnya siap bertanding.', [['location', 'Belawan'], ['person', 'Sebayang']]],
  // from a review: two ordinary words after a title are a name before a verb, a role before a comma;
  // a thing before an adverb is no person; a head and a letter name nothing
  ['id', 'Kepala Desa Surya Perkasa mengatakan itu. Direktur Sinar Pangan, Agus Widodo, menjelaskan gudang siap.', [['person', 'Surya Perkasa', [], ['Kepala Desa']], ['person', 'Agus Widodo', [], ['Direktur Sinar Pangan']]]],
  ['id', 'Bitcoin kini diperdagangkan lebih murah. Timnas U-23 Indonesia kalah dari Vietnam.', [['location', 'Indonesia'], ['location', 'Vietnam']]],
  // a name listed with a person is no village of that name
  ['id', 'Dewi dan Kartini berjualan di pasar. Warga Kebonharjo dan Trangsan datang.', [['person', 'Dewi'], ['person', 'Kartini'], ['location', 'Kebonharjo'], ['location', 'Trangsan']]],
  // well-known organisations whose names are also words or look like a person's
  ['en', 'Xi Jinping attended the Asia-Pacific Economic Cooperation summit. Alphabet shares fell.', [['person', 'Xi Jinping'], ['organization', 'Asia-Pacific Economic Cooperation'], ['organization', 'Alphabet']]],
  // a group's noun of two words before a name
  ['id', 'Hal itu dilaporkan kantor berita Interfax dan stasiun televisi Rustavi.', [['organization', 'Interfax'], ['organization', 'Rustavi']]],
  // a group's noun before a name; "seorang" after it speaks of a person whatever the noun
  ['id', 'Ia bergabung dengan kesebelasan Persikabo. Jasadnya ditemukan bersama Aden Hashi Ayro, seorang milisi yang dicari.', [['organization', 'Persikabo'], ['person', 'Aden Hashi Ayro']]],
  // "X Bersaudara": the brothers of that name
  ['id', 'Usai upacara, Mendur Bersaudara bergegas pulang. Kedua Mendur bersaudara ini lantas pergi.', [['person', 'Mendur']]],
  // the title is the first name's: "Menteri X dan Y"
  ['id', 'Menteri Keuangan Sri Mulyani dan Basuki Hadimuljono hadir.', [['person', 'Sri Mulyani', [], ['Menteri Keuangan']], ['person', 'Basuki Hadimuljono', [], []]]],
  // Balinese names open with "I" or "Ni" and a birth-order name; after a title, the words before are the role's
  ['id', 'Kepala dinas I Made Suarjana dan Ni Luh Putu Ayu hadir. Komisi I DPR menolak.', [['person', 'I Made Suarjana'], ['person', 'Ni Luh Putu Ayu'], ['organization', 'DPR']]],
  ['id', 'VP Garuda Indonesia Region I Wayan Subagja mengatakan hal itu.', [['organization', 'Garuda Indonesia'], ['person', 'I Wayan Subagja', [], ['VP Garuda Indonesia Region']]]],
  // after a noun of places, names that only the lists of names make people's are places
  ['id', 'Desa itu dimekarkan menjadi beberapa desa yaitu Lara I, Teteuri dan Sumpira.', [['location', 'Lara I'], ['location', 'Teteuri'], ['location', 'Sumpira']]],
  // a list ends at its coordinator's name: the name after the next comma is not listed
  ['id', 'Pasukan itu merebut kembali Bessarabia dan Bukovina Utara, Antonescu lalu menjadi marsekal.', [['location', 'Bessarabia'], ['location', 'Bukovina Utara'], ['person', 'Antonescu']]],
  // a way both ways: "ke dan dari X"
  ['id', 'Bus itu melayani penumpang ke dan dari Johor Bahru setiap hari.', [['location', 'Johor Bahru']]],
  // units of other countries: a prefecture, a region, a district
  ['id', 'Region ini berbatasan dengan Region Sagaing di utara. Ia lahir di Distrik Kitatsugaru, Prefektur Aomori.', [['location', 'Region Sagaing'], ['location', 'Distrik Kitatsugaru'], ['location', 'Prefektur Aomori']]],
];

describe('entities', () => {
  it.each(rows)('%s: %s', (lang, text, expected) => {
    const entities = run(lang, text);
    for (const [type, name, aliases, roles] of expected) {
      const e = entities.find((x) => x.name === name);
      expect(e, `${type} ${name} in ${JSON.stringify(entities.map((x) => [x.type, x.name]))}`).toBeDefined();
      expect(e!.type).toBe(type);
      for (const a of aliases ?? []) expect(e!.aliases).toContain(a);
      if (roles) expect([...e!.roles].sort()).toEqual([...roles].sort());
    }
    expect(entities).toHaveLength(expected.length);
  });

  it('counts every mention with exact offsets', () => {
    const text = 'Budi Arie Setiadi tiba. Budi lalu bertemu wartawan. "Kami siap," kata Budi.';
    const budi = run('id', text).find((e) => e.name === 'Budi Arie Setiadi')!;
    expect(budi.mentions.map((m) => [m.start, m.end, m.text])).toEqual([
      [0, 17, 'Budi Arie Setiadi'],
      [24, 28, 'Budi'],
      [70, 74, 'Budi'],
    ]);
    expect(budi.count).toBe(3);
  });

  it('takes an acronym the article defines over the gazetteer\'s meaning of it', () => {
    const entities = run('id', 'Sidang untuk Partai Bulan Bintang (PBB) digelar. Ketua Umum PBB hadir.');
    expect(entities.map((e) => [e.type, e.name, e.aliases, e.count])).toEqual([['organization', 'Partai Bulan Bintang', ['PBB'], 3]]);
  });

  it('links an acronym made of the initials of one organisation the article names in full', () => {
    const text = 'Pemerintah membubarkan Hizbut Tahrir Indonesia. Kegiatan HTI dinilai melanggar. Kerja sama dengan Kementerian Luar Negeri dan Komisi Pemberantasan Korupsi berlanjut.';
    const orgs = run('id', text).map((e) => [e.type, e.name, e.aliases, e.mentions.map((m) => text.slice(m.start, m.end))]);
    expect(orgs).toContainEqual(['organization', 'Hizbut Tahrir Indonesia', ['HTI'], ['Hizbut Tahrir Indonesia', 'HTI']]);
    // "KLN" would fit no name but "Kementerian Luar Negeri"; an acronym the article never writes links nothing.
    expect(orgs.filter(([, name]) => name === 'HTI')).toEqual([]);
  });

  it('links a nickname blended from two words of one person\'s name', () => {
    const text = 'Setya Novanto mengalami kecelakaan. Setnov tak ingin melanjutkan kasus itu. Zulkifli Hasan hadir. Zulhas tersenyum. Budi Mandala bertemu Budiman.';
    const people = run('id', text).map((e) => [e.name, e.mentions.map((m) => text.slice(m.start, m.end))]);
    expect(people).toEqual([
      ['Setya Novanto', ['Setya Novanto', 'Setnov']],
      ['Zulkifli Hasan', ['Zulkifli Hasan', 'Zulhas']],
      ['Budi Mandala', ['Budi Mandala']],
      ['Budiman', ['Budiman']],
    ]);
  });

  it('reads the names on both sides of an alias word as one person', () => {
    const id = 'Tim dikomandoi tersangka Andi Agustinus alias Andi Narogong. Polisi menangkap Ucok alias Budi Santoso di Medan.';
    expect(run('id', id).filter((e) => e.type === 'person').map((e) => [e.name, e.aliases, e.mentions.map((m) => [m.start, m.end])])).toEqual([
      ['Andi Agustinus', ['Andi Narogong'], [[25, 39], [46, 59]]],
      ['Budi Santoso', ['Ucok'], [[78, 82], [89, 101]]],
    ]);
    const en = 'Police arrested John Smith, aka Johnny Boy, in Chicago.';
    expect(run('en', en).filter((e) => e.type === 'person').map((e) => [e.name, e.aliases])).toEqual([['John Smith', ['Johnny Boy']]]);
  });

  it('takes no direction or derived word for an organisation\'s short name', () => {
    const text = 'Pemkot Jakarta Selatan menutup jalan menuju Selatan. Kementerian Perindustrian menerbitkan aturan tentang Perindustrian. Bank Mandiri mencatat laba. Laba Mandiri naik.';
    expect(run('id', text).map((e) => [e.name, e.mentions.map((m) => text.slice(m.start, m.end))])).toEqual([
      ['Bank Mandiri', ['Bank Mandiri', 'Mandiri']],
      ['Pemkot Jakarta Selatan', ['Pemkot Jakarta Selatan']],
      ['Kementerian Perindustrian', ['Kementerian Perindustrian']],
    ]);
  });

  it('gives a name the article writes several times the type most of its mentions have', () => {
    const text = 'HMD Global merilis ponsel. HMD Global menjual banyak. Pasar Spanyol, HMD Global dan Jerman tumbuh. Menurut HMD Global, penjualan naik.';
    const hmd = run('id', text).filter((e) => e.name === 'HMD Global');
    expect(hmd.map((e) => [e.type, e.mentions.map((m) => m.start)])).toEqual([['organization', [0, 27, 69, 107]]]);
  });

  it('merges a name written with its head short and in full', () => {
    const text = 'Pemerintah Provinsi DKI Jakarta menutup jalan. Pemprov DKI Jakarta juga membuka posko. Pemkot Bandung dan Pemerintah Kota Bandung sama. Kepolisian Daerah Jawa Timur menangkap pelaku. Polda Jawa Timur memeriksa.';
    expect(run('id', text).map((e) => [e.name, e.mentions.map((m) => text.slice(m.start, m.end))])).toEqual([
      ['Pemerintah Provinsi DKI Jakarta', ['Pemerintah Provinsi DKI Jakarta', 'Pemprov DKI Jakarta']],
      ['Pemerintah Kota Bandung', ['Pemkot Bandung', 'Pemerintah Kota Bandung']],
      ['Kepolisian Daerah Jawa Timur', ['Kepolisian Daerah Jawa Timur', 'Polda Jawa Timur']],
    ]);
  });

  it('leaves the full stop of an honorific out of the name', () => {
    const text = 'Hal itu disampaikan Dr. Siti Fadilah di Jakarta.';
    expect(run('id', text).map((e) => [e.name, e.mentions.map((m) => [m.start, m.end, m.text])])).toEqual([
      ['Siti Fadilah', [[24, 36, 'Siti Fadilah']]],
      ['Jakarta', [[40, 47, 'Jakarta']]],
    ]);
  });

  it('links a short name a village list would take for a place to the person the article names in full', () => {
    const text = 'Sigit Pramono hadir. Sigit meneruskan. Banyak orang di Sigit senang.';
    expect(run('id', text).map((e) => [e.type, e.name, e.mentions.map((m) => m.start)])).toEqual([
      ['person', 'Sigit Pramono', [0, 21]],
      ['location', 'Sigit', [55]],
    ]);
  });

  it('reads a known organisation in brackets after a person as an affiliation, not an alias', () => {
    const text = 'Politikus Budi Santoso (PDIP) hadir.';
    expect(run('id', text).map((e) => [e.type, e.name, e.aliases, e.mentions.map((m) => m.text)])).toEqual([
      ['person', 'Budi Santoso', [], ['Budi Santoso']],
      ['organization', 'Partai Demokrasi Indonesia Perjuangan', ['PDIP'], ['PDIP']],
    ]);
  });

  it('links a place\'s acronym and leaves a word of the language at a sentence\'s start out of the place', () => {
    const text = 'Sengketa Laut China Selatan memanas. Negara ASEAN membahas LCS dalam pertemuan.';
    expect(run('id', text).map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['location', 'Laut China Selatan', ['Laut China Selatan', 'LCS']],
      ['organization', 'ASEAN', ['ASEAN']],
    ]);
  });

  it('takes no given name of its own for a clipped form of a longer name', () => {
    const text = 'Antonny Liem hadir. Budi, Anton dan Susi datang. Menteri Enggartiasto Lukita hadir. Enggar mengatakan hal itu.';
    const people = run('id', text).map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(people).toContainEqual(['Antonny Liem', ['Antonny Liem']]);
    expect(people).toContainEqual(['Anton', ['Anton']]);
    expect(people).toContainEqual(['Enggartiasto Lukita', ['Enggartiasto Lukita', 'Enggar']]);
  });

  it('reads a number word before a counted noun as no name', () => {
    const text = 'Lima orang tewas. Lima adalah ibu kota Peru.';
    const lima = run('id', text).find((e) => e.name === 'Lima')!;
    expect(lima.mentions.map((m) => [m.start, m.end])).toEqual([[18, 22]]);
  });

  it('finds a place inside a compound word, with its own offsets', () => {
    const text = 'The Perth-based miner hired a London-listed bank.';
    const places = run('en', text).map((e) => [e.type, e.name, e.mentions.map((m) => [m.start, m.end, m.text])]);
    expect(places).toEqual([
      ['location', 'Perth', [[4, 9, 'Perth']]],
      ['location', 'London', [[30, 36, 'London']]],
    ]);
  });

  it('ranks by salience: more mentions first', () => {
    const entities = run('id', 'Presiden Joko Widodo tiba di Bandung. Joko Widodo lalu ke Bogor. Joko Widodo pulang.');
    expect(entities[0]!.name).toBe('Joko Widodo');
    expect(entities[0]!.salience).toBe(1);
  });
});
