import type { QuoteWords } from '../types.js';

export const quotes: QuoteWords = {
  cueVerbs: [
    'said', 'says', 'told', 'added', 'adds', 'asked', 'stated', 'explained', 'wrote', 'writes', 'noted',
    'continued', 'argued', 'insisted', 'warned', 'replied', 'responded', 'recalled', 'declared', 'announced',
    'acknowledged', 'admitted', 'claimed', 'conceded', 'concluded', 'confirmed', 'cautioned', 'emphasised',
    'emphasized', 'observed', 'remarked', 'stressed', 'tweeted', 'posted', 'urged', 'suggested', 'predicted',
  ],
  pronounCues: [],
  pronouns: ['he', 'she', 'they', 'i', 'we'],
  reportingVerbs: [
    'said', 'says', 'told', 'added', 'stated', 'explained', 'noted', 'argued', 'insisted', 'warned',
    'announced', 'acknowledged', 'admitted', 'claimed', 'confirmed', 'stressed', 'believes', 'believed',
    'estimated', 'expects', 'expected', 'predicted', 'suggested', 'denied',
  ],
  complementizers: ['that'],
  accordingTo: ['according to'],
  accordingToPronoun: ['according to him', 'according to her', 'according to them'],
};
