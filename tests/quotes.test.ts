/**
 * Quote extractor: table tests, input -> every quotation it holds, in order, as
 * [kind, text, speaker name, cue text]. Each row also checks that spans are exact.
 * Known gaps stay visible as `it.fails` rows at the end.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Quote } from '../src/index.js';

type LangCode = 'id' | 'en';
type Want = [kind: Quote['kind'], text: string, speaker: string | null, cue: string | null];
type Row = [lang: LangCode, input: string, want: Want[]];

const d = (text: string, speaker: string | null, cue: string | null): Want => ['direct', text, speaker, cue];
const i = (text: string, speaker: string | null, cue: string | null): Want => ['indirect', text, speaker, cue];

function quotes(lang: LangCode, input: string): Quote[] {
  const a = analyze(input, { lang, only: ['quotes'] });
  for (const q of a.quotes!) {
    expect(input.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(input.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
  return a.quotes!;
}

function check([lang, input, want]: Row): void {
  const got = quotes(lang, input).map((q): Want => [q.kind, q.text, q.speaker.name, q.cue?.text ?? null]);
  expect(got).toEqual(want);
}

const ID_DIRECT: Row[] = [
  ['id', '"Kami akan membangun jalan baru tahun depan," kata Budi Santoso.', [d('Kami akan membangun jalan baru tahun depan', 'Budi Santoso', 'kata Budi Santoso')]],
  ['id', '“Kami akan membangun jalan baru tahun depan,” ujar Budi Santoso di Jakarta, Senin.', [d('Kami akan membangun jalan baru tahun depan', 'Budi Santoso', 'ujar Budi Santoso')]],
  ['id', '„Kami siap bekerja keras untuk seluruh warga,” kata Andi Wijaya.', [d('Kami siap bekerja keras untuk seluruh warga', 'Andi Wijaya', 'kata Andi Wijaya')]],
  ['id', '«Kami siap bekerja keras untuk seluruh warga», kata Andi Wijaya.', [d('Kami siap bekerja keras untuk seluruh warga', 'Andi Wijaya', 'kata Andi Wijaya')]],
  ['id', '"Harga beras sudah turun sejak pekan lalu," tutur Dewi Lestari saat ditemui di pasar.', [d('Harga beras sudah turun sejak pekan lalu', 'Dewi Lestari', 'tutur Dewi Lestari')]],
  ['id', '"Kami sudah menyiapkan anggaran yang cukup," ucap Rudi Hartawan kepada wartawan.', [d('Kami sudah menyiapkan anggaran yang cukup', 'Rudi Hartawan', 'ucap Rudi Hartawan')]],
  ['id', '"Penyaluran bantuan harus tepat sasaran," tegas Gubernur Jawa Barat Ridwan Santoso.', [d('Penyaluran bantuan harus tepat sasaran', 'Ridwan Santoso', 'tegas Gubernur Jawa Barat Ridwan Santoso')]],
  ['id', '"Inflasi bisa bertambah 0,3 persen tahun ini," kata Menteri Keuangan Sri Mulyani Indrawati.', [d('Inflasi bisa bertambah 0,3 persen tahun ini', 'Sri Mulyani Indrawati', 'kata Menteri Keuangan Sri Mulyani Indrawati')]],
  ['id', 'Menteri ESDM Gunawan Saptaji meninjau lokasi. "Kami tidak akan menaikkan harga BBM," ujarnya.', [d('Kami tidak akan menaikkan harga BBM', 'Gunawan Saptaji', 'ujarnya')]],
  ['id', 'Kepala Dinas Kesehatan Rina Marlina hadir di lokasi. "Vaksinasi berjalan lancar di semua puskesmas," katanya.', [d('Vaksinasi berjalan lancar di semua puskesmas', 'Rina Marlina', 'katanya')]],
  ['id', 'Ekonom Nadia Kusumawardani menilai kebijakan itu berisiko. "Ruang fiskal akan semakin sempit," imbuhnya.', [i('kebijakan itu berisiko', 'Nadia Kusumawardani', 'menilai'), d('Ruang fiskal akan semakin sempit', 'Nadia Kusumawardani', 'imbuhnya')]],
  ['id', 'Direktur Utama Rudi Hartawan menutup rapat. "Setiap bulan kami menalangi Rp 4,2 triliun," tuturnya.', [d('Setiap bulan kami menalangi Rp 4,2 triliun', 'Rudi Hartawan', 'tuturnya')]],
  ['id', 'Camat Heru Prasetyo meninjau banjir. "Air mulai surut sejak pagi tadi," jelasnya.', [d('Air mulai surut sejak pagi tadi', 'Heru Prasetyo', 'jelasnya')]],
  ['id', 'Bupati Nurul Hidayati membuka pasar murah. "Harga di sini lebih murah dari pasar biasa," tambahnya.', [d('Harga di sini lebih murah dari pasar biasa', 'Nurul Hidayati', 'tambahnya')]],
  ['id', 'Kapolda Irjen Ahmad Fauzi memimpin apel. "Kami tidak akan memberi ruang bagi pelaku," tegasnya.', [d('Kami tidak akan memberi ruang bagi pelaku', 'Ahmad Fauzi', 'tegasnya')]],
  ['id', 'Pelatih Shin Tae Yong memimpin latihan. "Pemain harus lebih disiplin di lapangan," ungkapnya.', [d('Pemain harus lebih disiplin di lapangan', 'Shin Tae Yong', 'ungkapnya')]],
  ['id', 'Direktur Yudha Permana memberi keterangan di Jakarta. "Upah minimum di Malaysia sekarang 1.500 ringgit," kata dia.', [d('Upah minimum di Malaysia sekarang 1.500 ringgit', 'Yudha Permana', 'kata dia')]],
  ['id', 'Rahmat Sudrajat berkata, "Biasanya permintaan naik pada kuartal keempat."', [d('Biasanya permintaan naik pada kuartal keempat.', 'Rahmat Sudrajat', 'berkata')]],
  ['id', 'Wibowo Santosa berkata: "Bonus itu penting untuk motivasi para atlet."', [d('Bonus itu penting untuk motivasi para atlet.', 'Wibowo Santosa', 'berkata')]],
  ['id', 'Siti Marfuah bekerja di Johor. Ia berkata, "Banyak teman saya sudah membangun rumah."', [d('Banyak teman saya sudah membangun rumah.', 'Siti Marfuah', 'berkata')]],
  ['id', 'Kepala BPS Amalia Adininggar menyampaikan: "Ekspor nonmigas tumbuh 10 persen secara bulanan."', [d('Ekspor nonmigas tumbuh 10 persen secara bulanan.', 'Amalia Adininggar', 'menyampaikan')]],
  ['id', '“Teknologinya sudah ada,” ujar Fadli Rahman, “yang kami butuhkan sekarang adalah kesiapan sumber daya manusia.”', [d('Teknologinya sudah ada', 'Fadli Rahman', 'ujar Fadli Rahman'), d('yang kami butuhkan sekarang adalah kesiapan sumber daya manusia.', 'Fadli Rahman', 'ujar Fadli Rahman')]],
  ['id', '"Harga naik terus bulan ini," kata Dewi Lestari. "Kami tidak bisa berbuat banyak."', [d('Harga naik terus bulan ini', 'Dewi Lestari', 'kata Dewi Lestari'), d('Kami tidak bisa berbuat banyak.', 'Dewi Lestari', 'kata Dewi Lestari')]],
  ['id', '"Pembayarannya kami lakukan per triwulan," kata Lestari Handayani, "dan untuk triwulan III nilainya Rp 32,4 triliun."', [d('Pembayarannya kami lakukan per triwulan', 'Lestari Handayani', 'kata Lestari Handayani'), d('dan untuk triwulan III nilainya Rp 32,4 triliun.', 'Lestari Handayani', 'kata Lestari Handayani')]],
  ['id', '“Kami ingin warga merasakan langsung manfaatnya. Kalau ada genangan, petugas sudah bergerak.\n\n“Untuk tahap awal kami prioritaskan kawasan pesisir,” kata Fadli Rahman di Makassar.', [d('Kami ingin warga merasakan langsung manfaatnya. Kalau ada genangan, petugas sudah bergerak.', 'Fadli Rahman', null), d('Untuk tahap awal kami prioritaskan kawasan pesisir', 'Fadli Rahman', 'kata Fadli Rahman')]],
  ['id', 'Budi Arie Setiadi hadir di acara itu. "Saya mendorong kolaborasi pelaku bisnis dan akademisi di Indonesia. "Kami terbuka atas gagasan kerja sama ke depan," ujarnya.', [d('Saya mendorong kolaborasi pelaku bisnis dan akademisi di Indonesia.', 'Budi Arie Setiadi', null), d('Kami terbuka atas gagasan kerja sama ke depan', 'Budi Arie Setiadi', 'ujarnya')]],
  ['id', '"Semoga bukan cuma proyek. Dulu kamera sudah dipasang," kata seorang pengemudi ojek daring yang ditemui di Pantai Losari.', [d('Semoga bukan cuma proyek. Dulu kamera sudah dipasang', 'seorang pengemudi ojek daring', 'kata seorang pengemudi ojek daring')]],
  ['id', '"Dia bilang \'jangan khawatir\' kepada kami semua," kata Budi Santoso.', [d("Dia bilang 'jangan khawatir' kepada kami semua", 'Budi Santoso', 'kata Budi Santoso')]],
  ['id', '"Warga menyebut proyek ini "mimpi buruk" sejak awal," kata Budi Santoso.', [d('Warga menyebut proyek ini "mimpi buruk" sejak awal', 'Budi Santoso', 'kata Budi Santoso')]],
  ['id', '“Warga menyebut proyek ini ‘mimpi buruk’ sejak awal,” kata Budi Santoso.', [d('Warga menyebut proyek ini ‘mimpi buruk’ sejak awal', 'Budi Santoso', 'kata Budi Santoso')]],
  ['id', '" Kami memilih Batam karena lokasinya dekat dengan Singapura , " kata Wang Jianguo .', [d('Kami memilih Batam karena lokasinya dekat dengan Singapura', 'Wang Jianguo', 'kata Wang Jianguo')]],
  ['id', '"Apakah pemerintah sudah siap?" tanya Hasan Basri Lubis dalam rapat itu.', [d('Apakah pemerintah sudah siap?', 'Hasan Basri Lubis', 'tanya Hasan Basri Lubis')]],
  ['id', 'Menteri Keuangan Sri Mulyani Indrawati membuka rapat. "Defisit anggaran masih terkendali," kata menteri itu.', [d('Defisit anggaran masih terkendali', 'Sri Mulyani Indrawati', 'kata menteri itu')]],
  ['id', '"Kami terus memantau harga pangan di pasar," kata Arief Prasetyo Adi, Kepala Badan Pangan Nasional.', [d('Kami terus memantau harga pangan di pasar', 'Arief Prasetyo Adi', 'kata Arief Prasetyo Adi')]],
  ['id', 'Menurut Budi Santoso, "Program ini akan diperluas ke seluruh provinsi."', [d('Program ini akan diperluas ke seluruh provinsi.', 'Budi Santoso', 'Menurut Budi Santoso')]],
  ['id', '"Kami masih mendalami motif pelaku," kata dia kepada Kompas.com, Senin (1/1/2024).', [d('Kami masih mendalami motif pelaku', null, 'kata dia')]],
  ['id', '"Pertumbuhan ekonomi kita masih di atas lima persen," kata Sri Mulyani Indrawati seperti dikutip dari Antara.', [d('Pertumbuhan ekonomi kita masih di atas lima persen', 'Sri Mulyani Indrawati', 'kata Sri Mulyani Indrawati')]],
  ['id', '"Kami siap membantu semua warga," demikian kata Budi Santoso.', [d('Kami siap membantu semua warga', 'Budi Santoso', 'kata Budi Santoso')]],
  ['id', '“Dokumen studi itu sudah kami terima,” kata Kepala Dinas Perhubungan dan Pariwisata Arif Anwar dalam keterangan tertulis.', [d('Dokumen studi itu sudah kami terima', 'Arif Anwar', 'kata Kepala Dinas Perhubungan dan Pariwisata Arif Anwar')]],
  ['id', '“Dia juga mengakui memiliki tanah di Desa Wadas,” demikian Iqbal Alqudusy.', [d('Dia juga mengakui memiliki tanah di Desa Wadas', 'Iqbal Alqudusy', 'demikian Iqbal Alqudusy')]],
  ['id', '"Motifnya menentang kebijakan pemerintah," ujar Kabareskrim Polri, Komjen Agus Andrianto dalam keterangannya.', [d('Motifnya menentang kebijakan pemerintah', 'Agus Andrianto', 'ujar Kabareskrim Polri, Komjen Agus Andrianto')]],
  ['id', '"Ini jalanan kampung bukan jalan raya, Pak," teriak seorang pemuda.', [d('Ini jalanan kampung bukan jalan raya, Pak', 'seorang pemuda', 'teriak seorang pemuda')]],
  ['id', 'Gunawan Saptaji meninjau SPBU. "Kami sudah menghitung semuanya dengan teliti," ujar Gunawan.', [d('Kami sudah menghitung semuanya dengan teliti', 'Gunawan Saptaji', 'ujar Gunawan')]],
];

const ID_REPORTED: Row[] = [
  ['id', 'Budi Santoso mengatakan kerja sama itu ditujukan untuk menghadapi tantangan teknologi baru.', [i('kerja sama itu ditujukan untuk menghadapi tantangan teknologi baru', 'Budi Santoso', 'mengatakan')]],
  ['id', 'Hendra Wijayakusuma menjelaskan bahwa surplus Oktober lebih tinggi daripada bulan sebelumnya.', [i('surplus Oktober lebih tinggi daripada bulan sebelumnya', 'Hendra Wijayakusuma', 'menjelaskan')]],
  ['id', 'Menurut Rizal Mappanyompa, biaya pemeliharaan sistem sekitar Rp 1,8 miliar per bulan.', [i('biaya pemeliharaan sistem sekitar Rp 1,8 miliar per bulan', 'Rizal Mappanyompa', 'Menurut Rizal Mappanyompa')]],
  ['id', 'Budi Arie Setiadi datang ke Jakarta. Menurutnya dalam hal kemitraan, China merupakan mitra dagang terbesar.', [i('dalam hal kemitraan, China merupakan mitra dagang terbesar', 'Budi Arie Setiadi', 'Menurutnya')]],
  ['id', 'Darsono menanam bawang merah. Menurut dia, petani penggarap paling terpukul oleh harga yang anjlok.', [i('petani penggarap paling terpukul oleh harga yang anjlok', 'Darsono', 'Menurut dia')]],
  ['id', 'Yudha Permana menegaskan, calon pekerja migran sebaiknya tidak berangkat melalui calo.', [i('calon pekerja migran sebaiknya tidak berangkat melalui calo', 'Yudha Permana', 'menegaskan')]],
  ['id', 'Nadia Kusumawardani berpendapat, ruang fiskal akan makin sempit apabila harga minyak naik.', [i('ruang fiskal akan makin sempit apabila harga minyak naik', 'Nadia Kusumawardani', 'berpendapat')]],
  ['id', 'Rahmat Sudrajat hadir. Ia menambahkan, bea keluar diperkirakan mencapai Rp1,5 triliun.', [i('bea keluar diperkirakan mencapai Rp1,5 triliun', 'Rahmat Sudrajat', 'menambahkan')]],
  ['id', 'Wali Kota Makassar Andi Fadli Rahman mengatakan program tersebut ditargetkan rampung dalam tiga tahun.', [i('program tersebut ditargetkan rampung dalam tiga tahun', 'Andi Fadli Rahman', 'mengatakan')]],
  ['id', 'Kepala BPS Hendra Wijayakusuma dalam konferensi pers di Jakarta, Jumat, mengatakan ekspor tumbuh 10 persen.', [i('ekspor tumbuh 10 persen', 'Hendra Wijayakusuma', 'mengatakan')]],
  ['id', 'Kepala Dinas Kominfo Kota Makassar, Rizal Mappanyompa, menjelaskan bahwa setiap kecamatan membutuhkan dana besar.', [i('setiap kecamatan membutuhkan dana besar', 'Rizal Mappanyompa', 'menjelaskan')]],
  ['id', 'Sementara itu, anggota DPR dari PKB, Hasan Basri Lubis, mengatakan DPR akan memanggil menteri pekan depan.', [i('DPR akan memanggil menteri pekan depan', 'Hasan Basri Lubis', 'mengatakan')]],
  ['id', 'Harga cabai di pasar naik dua kali lipat sejak awal bulan, kata Budi Santoso.', [i('Harga cabai di pasar naik dua kali lipat sejak awal bulan', 'Budi Santoso', 'kata Budi Santoso')]],
  ['id', 'Dewi Lestari berjualan di pasar. Pasokan cabai dari Brebes berkurang sejak pekan lalu, ujarnya.', [i('Pasokan cabai dari Brebes berkurang sejak pekan lalu', 'Dewi Lestari', 'ujarnya')]],
  ['id', 'Harga bawang merah anjlok hingga Rp 12.000 per kilogram, menurut Badan Pangan Nasional.', [i('Harga bawang merah anjlok hingga Rp 12.000 per kilogram', 'Badan Pangan Nasional', 'menurut Badan Pangan Nasional')]],
  ['id', 'Ekonom Rahmat Sudrajat menilai lonjakan ekspor sawit bersifat musiman.', [i('lonjakan ekspor sawit bersifat musiman', 'Rahmat Sudrajat', 'menilai')]],
  ['id', 'Siti Marfuah (34), pekerja migran asal Lombok Timur, mengatakan ia mengirim sebagian besar gajinya ke kampung.', [i('ia mengirim sebagian besar gajinya ke kampung', 'Siti Marfuah', 'mengatakan')]],
  ['id', 'Ketua Kelompok Tani Sumber Rejeki, Darsono, mengatakan harga tersebut sudah berada di bawah biaya produksi.', [i('harga tersebut sudah berada di bawah biaya produksi', 'Darsono', 'mengatakan')]],
  ['id', 'Budi Santoso juga mengatakan pembangunan jalan tol akan dimulai tahun depan.', [i('pembangunan jalan tol akan dimulai tahun depan', 'Budi Santoso', 'mengatakan')]],
  ['id', 'Budi Santoso mengatakan, Senin (5/1), bahwa harga beras naik lagi bulan ini.', [i('harga beras naik lagi bulan ini', 'Budi Santoso', 'mengatakan')]],
  ['id', 'Nadia Kusumawardani mengatakan harga minyak naik apabila permintaan dunia pulih.', [i('harga minyak naik apabila permintaan dunia pulih', 'Nadia Kusumawardani', 'mengatakan')]],
  ['id', 'Budi Santoso mengatakan kepada wartawan bahwa pembangunan jalan tol dimulai tahun depan.', [i('pembangunan jalan tol dimulai tahun depan', 'Budi Santoso', 'mengatakan')]],
  ['id', 'Jakarta (ANTARA) - Harga cabai di pasar naik dua kali lipat sejak awal bulan, kata Budi Santoso.', [i('Harga cabai di pasar naik dua kali lipat sejak awal bulan', 'Budi Santoso', 'kata Budi Santoso')]],
  ['id', 'Hal itu dikatakan Menteri Keuangan Sri Mulyani Indrawati dalam konferensi pers di Jakarta.', []],
  ['id', 'Melihat hal itu, sejumlah pemuda kampung menghampiri dan mencoba bertanya.', []],
  ['id', 'Ketika hendak dipisahkan, lanjut Iqbal Alqudusy sejumlah warga melawan petugas keamanan.', []],
  ['id', 'Sementara itu, Brigjen Slamet Uliandi menjelaskan usai video itu viral, pihaknya langsung menyelidiki kasus tersebut.', [i('usai video itu viral, pihaknya langsung menyelidiki kasus tersebut', 'Slamet Uliandi', 'menjelaskan')]],
  ['id', 'Namun menurut Budi Santoso, harga beras akan turun bulan depan.', [i('harga beras akan turun bulan depan', 'Budi Santoso', 'menurut Budi Santoso')]],
  ['id', 'Namun, menurut Budi Santoso, pembangunan jalan tol baru dimulai tahun depan.', [i('pembangunan jalan tol baru dimulai tahun depan', 'Budi Santoso', 'menurut Budi Santoso')]],
];

const EN_DIRECT: Row[] = [
  ['en', '"We will build new roads next year," said John Smith.', [d('We will build new roads next year', 'John Smith', 'said John Smith')]],
  ['en', '"We will build new roads next year," John Smith said.', [d('We will build new roads next year', 'John Smith', 'John Smith said')]],
  ['en', '“We will build new roads next year,” John Smith said on Monday.', [d('We will build new roads next year', 'John Smith', 'John Smith said')]],
  ['en', 'Mayor Maria Lopez opened the bridge on Monday. "This bridge will change the city," she said.', [d('This bridge will change the city', 'Maria Lopez', 'she said')]],
  ['en', 'Peter Walsh arrived late. "We have learned a lot from this year," he said.', [d('We have learned a lot from this year', 'Peter Walsh', 'he said')]],
  ['en', 'Peter Walsh arrived late. "We have learned a lot from this year," he added.', [d('We have learned a lot from this year', 'Peter Walsh', 'he added')]],
  ['en', '"This is how you win the future," Commerce Secretary Laura Brennan said at an event in Phoenix.', [d('This is how you win the future', 'Laura Brennan', 'Commerce Secretary Laura Brennan said')]],
  ['en', '"The price looks full," said Grace Tan, a mining analyst at Meranti Research in Singapore.', [d('The price looks full', 'Grace Tan', 'said Grace Tan')]],
  ['en', '"The rupiah is undervalued and does not reflect strong fundamentals," Governor Teguh Santosa told a news conference.', [d('The rupiah is undervalued and does not reflect strong fundamentals', 'Teguh Santosa', 'Governor Teguh Santosa told')]],
  ['en', 'Governor Teguh Santosa spoke in Jakarta. "Inflation remains well within our target," the governor said.', [d('Inflation remains well within our target', 'Teguh Santosa', 'the governor said')]],
  ['en', 'Investment Minister Arif Budiman visited the site. "We want every tonne of ore processed here," the minister said.', [d('We want every tonne of ore processed here', 'Arif Budiman', 'the minister said')]],
  ['en', '"With the deficit this wide, the bank has little choice," Cendana Securities economist Lia Hartati wrote in a note.', [d('With the deficit this wide, the bank has little choice', 'Lia Hartati', 'Cendana Securities economist Lia Hartati wrote')]],
  ['en', 'Senator Daniel Ortiz said: "We are handing billions of dollars to profitable companies."', [d('We are handing billions of dollars to profitable companies.', 'Daniel Ortiz', 'said')]],
  ['en', 'Bawaslu commissioner Putu Ardana said: "The second round is where money politics gets worse."', [d('The second round is where money politics gets worse.', 'Putu Ardana', 'said')]],
  ['en', 'John Smith said, "We will not raise taxes this year."', [d('We will not raise taxes this year.', 'John Smith', 'said')]],
  ['en', 'Prime Minister Anong Siriwat told reporters in Bangkok: "Every baht a visitor spends here is shared."', [d('Every baht a visitor spends here is shared.', 'Anong Siriwat', 'told')]],
  ['en', '"People have seen our beaches on their screens," Pichai Wongsakul said. "Now we want them to come."', [d('People have seen our beaches on their screens', 'Pichai Wongsakul', 'Pichai Wongsakul said'), d('Now we want them to come.', 'Pichai Wongsakul', 'Pichai Wongsakul said')]],
  ['en', '"Teknologi is here," said Mark Sutherland, "and we want to use it well."', [d('Teknologi is here', 'Mark Sutherland', 'said Mark Sutherland'), d('and we want to use it well.', 'Mark Sutherland', 'said Mark Sutherland')]],
  ['en', '"Why would we wait any longer?" asked Karen Liu.', [d('Why would we wait any longer?', 'Karen Liu', 'asked Karen Liu')]],
  ['en', '"Why would we wait any longer?" she asked.', [d('Why would we wait any longer?', null, 'she asked')]],
  ['en', 'Mehta told reporters the grant would come in stages.\n\n"We get the money when we hit milestones.\n\n"Taxpayers should get something for their money," he said.', [i('the grant would come in stages', 'Mehta', 'told'), d('We get the money when we hit milestones.', 'Mehta', null), d('Taxpayers should get something for their money', 'Mehta', 'he said')]],
  ['en', 'Salma Wirawan leads the campaign. "A plant of this size puts the whole coast at risk. "We are asking the government to act," she said.', [d('A plant of this size puts the whole coast at risk.', 'Salma Wirawan', null), d('We are asking the government to act', 'Salma Wirawan', 'she said')]],
  ['en', '‘We will win the next election by a wide margin,’ said John Smith.', [d('We will win the next election by a wide margin', 'John Smith', 'said John Smith')]],
  ['en', '"He called the plan \'a disaster for everyone\' last week," said John Smith.', [d("He called the plan 'a disaster for everyone' last week", 'John Smith', 'said John Smith')]],
  ['en', '"Demand in China is simply not where the market expected it to be," said Tamsin Reed, head of commodities research at Harrow Bank.', [d('Demand in China is simply not where the market expected it to be', 'Tamsin Reed', 'said Tamsin Reed')]],
  ['en', 'Analysts were cautious. "The market is caught between two forces," one trader said.', [d('The market is caught between two forces', 'one trader', 'one trader said')]],
  ['en', '"It is an investment in ordinary families," Anong Siriwat told reporters in Bangkok.', [d('It is an investment in ordinary families', 'Anong Siriwat', 'Anong Siriwat told')]],
  ['en', '"It is not yet possible to predict the impact," Franziska Brantner, state secretary in the economy ministry, told Reuters.', [d('It is not yet possible to predict the impact', 'Franziska Brantner', 'Franziska Brantner, state secretary in the economy ministry, told')]],
  ['en', '‘He told me “go home now” and left,’ said John Smith.', [d('He told me “go home now” and left', 'John Smith', 'said John Smith')]],
  ['en', 'In the \'90s, "We did it all ourselves," said John Smith.', [d('We did it all ourselves', 'John Smith', 'said John Smith')]],
  ['en', '"There is going to be a real ecosystem for chips here," said economy minister Robert Habeck.', [d('There is going to be a real ecosystem for chips here', 'Robert Habeck', 'said economy minister Robert Habeck')]],
  ['en', '"I want a roll call on this," snapped Councilman Brian Herring.', [d('I want a roll call on this', 'Brian Herring', 'snapped Councilman Brian Herring')]],
  ['en', '"A variance is what we are seeking," said Matt Bell. But Councilman Brian Herring disagreed. "I have heard from several citizens about it."', [d('A variance is what we are seeking', 'Matt Bell', 'said Matt Bell'), d('I have heard from several citizens about it.', 'Brian Herring', null)]],
  ['en', '"I will open it to the floor right now."\n\n"Everybody said it could not be done in Jacksonville," said Donna Deegan.', [d('I will open it to the floor right now.', null, null), d('Everybody said it could not be done in Jacksonville', 'Donna Deegan', 'said Donna Deegan')]],
  ['en', '"We will appeal this decision," the company said in a statement.', [d('We will appeal this decision', 'the company', 'the company said')]],
  ['en', 'The company said in a statement: "We will appeal the ruling and expect to win."', [d('We will appeal the ruling and expect to win.', 'The company', 'said')]],
  ['en', '"It\'s a mess," said one resident, who asked not to be named.', [d("It's a mess", 'one resident', 'said one resident')]],
  ['en', '"The first thing we did was call the families.\n\n"Then we called the insurers.\n\n"Then we waited for the water to go down," said Linda Park.', [d('The first thing we did was call the families.', 'Linda Park', null), d('Then we called the insurers.', 'Linda Park', null), d('Then we waited for the water to go down', 'Linda Park', 'said Linda Park')]],
];

const EN_REPORTED: Row[] = [
  ['en', 'John Smith said the company would receive up to $7.5 billion in federal loans.', [i('the company would receive up to $7.5 billion in federal loans', 'John Smith', 'said')]],
  ['en', 'John Smith said that the company would receive federal loans next year.', [i('the company would receive federal loans next year', 'John Smith', 'said')]],
  ['en', 'KPU chairman Hendra Gunawan said on Monday that the money was needed to print ballots.', [i('the money was needed to print ballots', 'Hendra Gunawan', 'said')]],
  ['en', 'Investment Minister Arif Budiman told reporters in Jakarta that the government would give a tax holiday.', [i('the government would give a tax holiday', 'Arif Budiman', 'told')]],
  ['en', 'Two OPEC+ delegates told Reuters the group was ready to pause the planned increases.', [i('the group was ready to pause the planned increases', 'Two OPEC+ delegates', 'told')]],
  ['en', 'The International Monetary Fund said in a report last month that growth would reach 5 percent.', [i('growth would reach 5 percent', 'International Monetary Fund', 'said')]],
  ['en', 'According to the World Bank, poverty fell to its lowest level in a decade last year.', [i('poverty fell to its lowest level in a decade last year', 'World Bank', 'According to the World Bank')]],
  ['en', 'According to the Elections Supervisory Agency (Bawaslu), at least 1,200 reports of vote buying were filed.', [i('at least 1,200 reports of vote buying were filed', 'Elections Supervisory Agency', 'According to the Elections Supervisory Agency (Bawaslu)')]],
  ['en', 'Arrivals rose 5 percent in May, according to the Tourism Authority of Thailand (TAT).', [i('Arrivals rose 5 percent in May', 'Tourism Authority of Thailand', 'according to the Tourism Authority of Thailand (TAT)')]],
  ['en', 'WASHINGTON (AP) — President Joe Biden will travel to Ohio on Friday, the White House said Tuesday.', [i('President Joe Biden will travel to Ohio on Friday', 'White House', 'the White House said')]],
  ['en', 'JAKARTA (Reuters) - Budi Santoso said the bank spent $300 million on bonds.', [i('the bank spent $300 million on bonds', 'Budi Santoso', 'said')]],
  ['en', 'In a statement, the company said it would appeal the ruling to a higher court.', [i('it would appeal the ruling to a higher court', 'the company', 'said')]],
  ['en', 'But according to the World Bank, poverty fell sharply last year.', [i('poverty fell sharply last year', 'World Bank', 'according to the World Bank')]],
  ['en', 'Thailand welcomed 28 million foreign visitors last year, according to the Tourism Authority of Thailand.', [i('Thailand welcomed 28 million foreign visitors last year', 'Tourism Authority of Thailand', 'according to the Tourism Authority of Thailand')]],
  ['en', 'The department will also set aside $3 million for each of 10 community colleges, officials said.', [i('The department will also set aside $3 million for each of 10 community colleges', 'officials', 'officials said')]],
  ['en', 'Bank Indonesia raised rates. The rule has brought in more than $10 billion in deposits, the central bank said.', [i('The rule has brought in more than $10 billion in deposits', 'Bank Indonesia', 'the central bank said')]],
  ['en', 'Tourism across Asia has recovered unevenly since the pandemic, said Karen Liu, research director at the Asia Travel Research Centre.', [i('Tourism across Asia has recovered unevenly since the pandemic', 'Karen Liu', 'said Karen Liu')]],
  ['en', 'Karen Liu spoke in Singapore. She said Thailand had been slower than Japan to win back travelers.', [i('Thailand had been slower than Japan to win back travelers', 'Karen Liu', 'said')]],
  ['en', 'Sanjay Mehta, Silverline’s chief executive, said the company would also receive federal loans.', [i('the company would also receive federal loans', 'Sanjay Mehta', 'said')]],
  ['en', 'Salma Wirawan, a campaigner at Jakarta-based group Hijau Nusantara, said the partners had not yet published a plan.', [i('the partners had not yet published a plan', 'Salma Wirawan', 'said')]],
  ['en', 'Maya’s campaign spokesperson, Dimas Aryo, said the campaign had reported all of its donations.', [i('the campaign had reported all of its donations', 'Dimas Aryo', 'said')]],
  ['en', 'Hotel operators in Phuket said average room rates had already climbed to 4,200 baht a night.', [i('average room rates had already climbed to 4,200 baht a night', 'Hotel operators in Phuket', 'said')]],
  ['en', 'Kestrel Resources Ltd agreed to buy a gold mine. The miner will pay A$600 million in cash for the stake, it said in a statement.', [i('The miner will pay A$600 million in cash for the stake', 'Kestrel Resources Ltd', 'it said')]],
  ['en', 'Finance Minister Sri Mulyani Indrawati spoke. The government plans to sell green bonds later this year, the minister told reporters.', [i('The government plans to sell green bonds later this year', 'Sri Mulyani Indrawati', 'the minister told')]],
  ['en', 'Vale Indonesia also said it had set aside Rp 5 trillion for reclamation programmes.', [i('it had set aside Rp 5 trillion for reclamation programmes', 'Vale Indonesia', 'said')]],
  ['en', 'The Commerce Department said Tuesday it will give up to $6.1 billion in grants.', [i('it will give up to $6.1 billion in grants', 'Commerce Department', 'said')]],
  ['en', 'Mark Sutherland said last week that Kestrel would comply with Indonesian rules.', [i('Kestrel would comply with Indonesian rules', 'Mark Sutherland', 'said')]],
  ['en', 'Italy’s Economy Minister Giovanni Tria on Friday “categorically” denied reports he would resign, the minister’s spokeswoman said.', [i('Italy’s Economy Minister Giovanni Tria on Friday “categorically” denied reports he would resign', 'the minister’s spokeswoman', 'the minister’s spokeswoman said')]],
  ['en', 'Mark Sutherland said Kestrel would comply with rules that require miners to sell down stakes.', [i('Kestrel would comply with rules that require miners to sell down stakes', 'Mark Sutherland', 'said')]],
];

const ROWS: Row[] = [...ID_DIRECT, ...ID_REPORTED, ...EN_DIRECT, ...EN_REPORTED];

describe('quotes: Indonesian direct quotes', () => {
  it.each(ID_DIRECT)('%s: %s', (...row) => check(row));
});
describe('quotes: Indonesian reported speech', () => {
  it.each(ID_REPORTED)('%s: %s', (...row) => check(row));
});
describe('quotes: English direct quotes', () => {
  it.each(EN_DIRECT)('%s: %s', (...row) => check(row));
});
describe('quotes: English reported speech', () => {
  it.each(EN_REPORTED)('%s: %s', (...row) => check(row));
});

describe('quotes: output shape', () => {
  it('has at least 80 table rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
  });

  it('marks a quote closed by its paragraph end as unclosed, with cue null and the speaker of the next quote', () => {
    const text = '“Kami ingin warga merasakan langsung manfaatnya.\n\n“Untuk tahap awal kami prioritaskan kawasan pesisir,” kata Fadli Rahman.';
    const [a, b] = quotes('id', text);
    expect(a).toMatchObject({ kind: 'direct', unclosed: true, cue: null, rule: 'quote-unclosed' });
    expect(b!.unclosed).toBeUndefined();
    expect(a!.speaker.name).toBe(b!.speaker.name);
  });

  it('links the speaker to the entity, with a role', () => {
    const text = 'Menteri Keuangan Sri Mulyani Indrawati membuka rapat. "Defisit anggaran masih terkendali," kata Sri Mulyani Indrawati.';
    const a = analyze(text, { lang: 'id' });
    const [q] = a.quotes!;
    const entity = a.entities!.find((e) => e.id === q!.speaker.entity);
    expect(entity?.name).toBe('Sri Mulyani Indrawati');
    expect(q!.speaker.role).toBe('Menteri Keuangan');
    expect(q!.cue).toEqual({ text: 'kata Sri Mulyani Indrawati', start: text.indexOf('kata'), end: text.indexOf('kata') + 'kata Sri Mulyani Indrawati'.length });
  });

  it('gives entity null and the words as written when the speaker is no entity', () => {
    const [q] = analyze('"Dulu kamera sudah dipasang di sini," kata seorang warga.', { lang: 'id' }).quotes!;
    expect(q!.speaker).toEqual({ entity: null, name: 'seorang warga' });
  });

  it('names the rule that made each quote', () => {
    const rules = quotes('en', '"We will build new roads next year," said John Smith. John Smith said taxes would not rise this year.').map((q) => q.rule);
    expect(rules).toEqual(['quote-marks+cue-after', 'reporting-verb']);
  });
});

describe('quotes: known gaps', () => {
  // A cue in the middle of a reported sentence ("The plan, Budi said, will cost ...") splits
  // its content in two; a span cannot hold both parts.
  it.fails('reported speech around a parenthetical cue', () => {
    check(['en', 'The plan, John Smith said, will cost more than the city can afford.', [i('The plan will cost more than the city can afford', 'John Smith', 'John Smith said')]]);
  });
  // A pronoun is resolved to the most recent person named, whatever its gender.
  it.fails('a pronoun skips a person of the other gender', () => {
    check(['en', 'Peter Walsh met Mayor Maria Lopez on Monday. "This bridge will change the city," she said.', [d('This bridge will change the city', 'Maria Lopez', 'she said')]]);
  });
});
