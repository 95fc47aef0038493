/** News agencies and outlets seen in datelines: "Jakarta (ANTARA) -", "JAKARTA, KOMPAS.com -". */
export const AGENCIES = [
  'ANTARA', 'Antara', 'ANTARA News', 'Reuters', 'AP', 'AFP', 'Bloomberg', 'Xinhua', 'Kyodo', 'Bernama',
  'Yonhap', 'dpa', 'DPA', 'UPI', 'KOMPAS.com', 'Kompas.com', 'Kompas', 'KOMPAS', 'Tempo.co', 'TEMPO.CO',
  'detikcom', 'detikFinance', 'CNN Indonesia', 'CNBC Indonesia', 'Liputan6.com', 'Bisnis.com',
  'Kontan.co.id', 'KONTAN', 'Katadata', 'Republika', 'JawaPos.com', 'Okezone', 'Suara.com', 'IDN Times',
  'Tribunnews.com', 'Merdeka.com', 'VIVA.co.id', 'Sindonews', 'Jakarta Post', 'The Jakarta Post',
];
