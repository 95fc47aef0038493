import type { QuoteWords } from '../types.js';

export const quotes: QuoteWords = {
  cueVerbs: [
    'kata', 'ujar', 'tutur', 'ucap', 'ungkap', 'jelas', 'tegas', 'imbuh', 'tambah', 'sebut', 'papar',
    'terang', 'lanjut', 'tandas', 'pungkas', 'seru', 'sambung', 'kilah', 'aku', 'klaim', 'tulis',
    'katanya', 'ujarnya', 'tuturnya', 'ucapnya', 'ungkapnya', 'jelasnya', 'tegasnya', 'imbuhnya',
    'tambahnya', 'sebutnya', 'paparnya', 'terangnya', 'lanjutnya', 'tandasnya', 'pungkasnya',
    'serunya', 'sambungnya', 'kilahnya', 'akunya', 'klaimnya', 'tulisnya',
    'berkata', 'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan',
    'menambahkan', 'menuturkan', 'menyebutkan', 'memaparkan', 'menerangkan', 'melanjutkan',
  ],
  pronounCues: [
    'katanya', 'ujarnya', 'tuturnya', 'ucapnya', 'ungkapnya', 'jelasnya', 'tegasnya', 'imbuhnya',
    'tambahnya', 'sebutnya', 'paparnya', 'terangnya', 'lanjutnya', 'tandasnya', 'pungkasnya',
    'serunya', 'sambungnya', 'kilahnya', 'akunya', 'klaimnya', 'tulisnya',
  ],
  pronouns: ['dia', 'ia', 'beliau', 'mereka'],
  reportingVerbs: [
    'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menambahkan',
    'menuturkan', 'menyebutkan', 'memaparkan', 'menerangkan', 'mengaku', 'mengklaim', 'menilai',
    'berpendapat', 'mengingatkan', 'menekankan', 'mengemukakan', 'menyampaikan',
    'menduga', 'memperkirakan', 'memastikan', 'mengakui', 'membantah',
  ],
  complementizers: ['bahwa', 'jika', 'kalau'],
  accordingTo: ['menurut'],
  accordingToPronoun: ['menurutnya', 'menurut dia', 'menurut beliau', 'menurut mereka'],
};
