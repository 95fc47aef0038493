import type { QuoteWords } from '../types.js';

/** Verbs that report speech or opinion after a subject and take a clause: "Smith said (that) ...". */
const REPORTING_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'explained', 'explains', 'noted',
  'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'announced', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'claimed', 'confirmed', 'confirms', 'stressed', 'stresses',
  'believes', 'believed', 'predicted', 'predicts',
  'suggested', 'suggests', 'denied', 'denies', 'contended', 'contends', 'maintained', 'maintains',
  'emphasised', 'emphasized', 'cautioned', 'conceded', 'concedes', 'reiterated', 'asserted', 'asserts',
  'wrote', 'writes', 'recalled', 'recalls', 'observed', 'reckons', 'reckoned', 'pointed out', 'points out',
  'went on to say',
];

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const quotes: QuoteWords = {
  cueVerbs: [
    ...REPORTING_VERBS,
    'say', 'tell', 'asked', 'asks', 'continued', 'continues', 'replied', 'replies', 'responded', 'responds',
    'declared', 'declares', 'concluded', 'concludes', 'remarked', 'tweeted', 'posted', 'urged', 'urges',
    'answered', 'answers', 'retorted', 'countered', 'counters', 'joked', 'jokes', 'quipped', 'laughed',
    'shouted', 'testified', 'agreed', 'agrees', 'recounted', 'mused', 'wondered', 'complained',
    'complains', 'boasted', 'pleaded', 'promised', 'vowed', 'went on', 'goes on', 'chimed in', 'snapped',
    'muttered', 'whispered', 'exclaimed', 'cried', 'yelled', 'screamed', 'demanded', 'begged', 'beseeched',
    'implored', 'protested', 'objected', 'interjected', 'interrupted', 'proclaimed', 'confided', 'volunteered',
    'opined', 'reasoned', 'surmised', 'speculated', 'shot back', 'fired back', 'sighed', 'clucked', 'grumbled',
    'marveled', 'marvelled', 'scoffed', 'conceded', 'explained', 'reflected', 'mused', 'pressed', 'challenged',
  ],
  invertedCues: [
    'said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'continues', 'explained',
    'explains', 'replied', 'replies', 'recalled', 'recalls', 'noted', 'notes', 'insisted', 'insists', 'argued',
    'argues', 'warned', 'warns', 'remarked', 'observed', 'countered', 'answered', 'responded', 'declared',
    'concluded', 'cautioned', 'conceded', 'stressed', 'tweeted', 'posted', 'quipped', 'joked', 'laughed',
    'shouted', 'went on', 'goes on', 'chimed in', 'pointed out', 'points out', 'agreed', 'admitted', 'acknowledged',
    'snapped', 'muttered', 'whispered', 'exclaimed', 'cried', 'yelled', 'screamed', 'demanded', 'interjected',
    'proclaimed', 'shot back', 'fired back', 'sighed', 'grumbled', 'scoffed', 'reflected', 'mused', 'wondered',
  ],
  pronounCues: [],
  pronouns: ['he', 'she', 'they', 'i', 'we'],
  impersonalPronouns: ['it'],
  reportingVerbs: REPORTING_VERBS,
  listenerVerbs: ['told', 'tells', 'tell'],
  listeners: [
    'reporters', 'journalists', 'lawmakers', 'legislators', 'investors', 'analysts', 'parliament', 'congress',
    'a news conference', 'a press conference', 'a briefing', 'a news briefing', 'an audience', 'a conference',
    'a forum', 'a hearing', 'the audience', 'the conference', 'the forum', 'the hearing', 'the newspaper',
    'the paper', 'the broadcaster', 'the agency', 'the committee', 'the court', 'the crowd', 'supporters',
    'a newspaper', 'a radio station', 'state media', 'state television', 'local media', 'the media', 'me', 'us',
    'him', 'her', 'them',
  ],
  complementizers: ['that'],
  accordingTo: ['according to'],
  accordingToPronoun: ['according to him', 'according to her', 'according to them'],
  speakerStops: [
    'at', 'in', 'on', 'during', 'after', 'before', 'when', 'while', 'who', 'whose', 'which', 'to', 'from',
    'as', 'via', 'by', 'with', 'for', 'of', 'and', 'but', 'because', 'since', 'until', 'than', 'that',
    'about', 'over', 'into', 'through', 'later', 'earlier', 'yesterday', 'today', 'tonight', 'recently',
    'last', 'this', 'next', 'afterwards', 'adding', 'citing', 'referring', 'speaking', 'between', 'among',
    'against', 'without', 'within', 'toward', 'towards', 'like', 'under', 'near', 'across', 'along', 'around',
    'if', 'or', 'so', 'where', 'then',
  ],
  negations: ['not', "n't", 'never', 'neither', 'nor', 'without'],
  passiveMarkers: ['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s"],
  relativePronouns: ['who', 'which', 'that', 'whom'],
  adverbs: [
    'also', 'then', 'later', 'previously', 'earlier', 'further', 'again', 'once', 'has', 'have', 'had',
    'would', 'will', 'had', 'recently', 'separately', 'repeatedly', 'publicly', 'privately', 'simply',
    'only', 'herself', 'himself', 'themselves', 'itself', 'bluntly', 'flatly', 'finally', 'already',
  ],
  roleDeterminers: ['the'],
  roleDeterminersAfter: [],
  timeWords: [
    'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently',
    ...DAYS.flatMap((d) => [d, `on ${d}`, `last ${d}`, `this ${d}`, `${d} morning`, `${d} afternoon`, `${d} evening`, `${d} night`]),
    ...['week', 'month', 'year', 'weekend'].flatMap((p) => [`last ${p}`, `this ${p}`, `earlier this ${p}`]),
    'this morning', 'this afternoon', 'this evening', 'on the sidelines', 'in a statement', 'in a separate statement',
    'in a written statement', 'in an interview', 'in a report', 'in a filing', 'in a note', 'in a note to clients',
    'in an email', 'in an emailed statement', 'in a post', 'in a speech', 'by phone', 'by telephone',
  ],
  titleCues: [
    'so-called', 'dubbed', 'titled', 'entitled', 'called', 'named', 'film', 'movie', 'book', 'song', 'album',
    'show', 'series', 'novel', 'play', 'programme', 'program', 'campaign', 'slogan', 'hashtag', 'motto',
    'term', 'phrase', 'word', 'label', 'nickname', 'initiative', 'operation', 'project', 'scheme', 'policy',
    'plan', 'brand', 'app', 'tagline', 'documentary', 'drama', 'musical', 'podcast', 'episode', 'headline',
  ],
};
