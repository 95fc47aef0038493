/**
 * Football clubs most reported in Indonesian and international sports news: the top flights
 * of England, Spain, Italy, Germany, France, the Netherlands and Indonesia. General
 * knowledge, not drawn from any evaluation corpus. Canonical name first, then other names.
 *
 * CLUBS are clubs by any of their names. CITY_CLUBS are clubs known by a city's or a town's
 * name that is also a place ("Liverpool", "Sevilla"): the short name is the club only in an
 * article about sport (see `sportsWords` in the language data).
 */
export const CLUBS: string[][] = [
  // England
  ['Manchester United', 'MU', 'Man United'], ['Manchester City', 'Man City'], ['Arsenal'], ['Chelsea'],
  ['Tottenham Hotspur', 'Tottenham', 'Spurs'], ['Everton'], ['Liverpool FC'], ['Newcastle United'], ['Aston Villa'],
  ['West Ham United', 'West Ham'], ['Crystal Palace'], ['Wolverhampton Wanderers', 'Wolves'], ['Brighton & Hove Albion'],
  ['Leicester City'], ['Leeds United'], ['Nottingham Forest'], ['Fulham'], ['Brentford'], ['AFC Bournemouth'],
  ['Southampton FC'], ['Watford FC'], ['Burnley FC'], ['Stoke City'], ['West Bromwich Albion', 'West Brom'],
  ['Sunderland AFC'], ['Swansea City'], ['Cardiff City'], ['Norwich City'], ['Sheffield United'],
  ['Huddersfield Town'], ['Hull City'], ['Celtic'], ['Rangers FC'],
  // Spain
  ['Real Madrid'], ['Atletico Madrid', 'Atlético Madrid'], ['FC Barcelona', 'Barca', 'Barça'], ['Sevilla FC'],
  ['Valencia CF'], ['Villarreal'], ['Real Sociedad'], ['Athletic Bilbao', 'Athletic Club'], ['Real Betis', 'Betis'],
  ['Celta Vigo'], ['Espanyol'], ['Getafe'], ['Leganes', 'Leganés'], ['Deportivo Alaves', 'Alaves'], ['Osasuna'],
  ['Real Valladolid'], ['Rayo Vallecano'], ['Deportivo La Coruna'], ['Real Mallorca', 'Mallorca'], ['Girona FC'],
  // Italy
  ['Juventus'], ['Inter Milan', 'Internazionale', 'Inter'], ['AC Milan'], ['AS Roma'], ['SS Lazio'], ['SSC Napoli'],
  ['Fiorentina'], ['Atalanta'], ['Sampdoria'], ['Torino FC'], ['Udinese'], ['Sassuolo'], ['Hellas Verona'],
  // Germany
  ['Bayern Munich', 'Bayern Muenchen', 'Bayern München'], ['Borussia Dortmund'], ['Bayer Leverkusen'], ['RB Leipzig'],
  ['Schalke 04', 'Schalke'], ['Borussia Monchengladbach', 'Gladbach'], ['VfL Wolfsburg'], ['Eintracht Frankfurt'],
  ['Werder Bremen'], ['Hertha Berlin'], ['VfB Stuttgart'], ['Hoffenheim'],
  // France, the Netherlands, Portugal
  ['Paris Saint-Germain', 'PSG'], ['Olympique de Marseille', 'Olympique Marseille'], ['Olympique Lyonnais', 'Olympique Lyon'],
  ['AS Monaco'], ['LOSC Lille'], ['Ajax', 'Ajax Amsterdam'], ['PSV Eindhoven', 'PSV'], ['Feyenoord'],
  ['Benfica'], ['FC Porto'], ['Sporting CP', 'Sporting Lisbon'],
  // Indonesia
  ['Persib Bandung', 'Persib'], ['Persija Jakarta', 'Persija'], ['Persebaya Surabaya', 'Persebaya'], ['Arema FC', 'Arema'],
  ['Persipura Jayapura', 'Persipura'], ['PSM Makassar'], ['Bali United'], ['Madura United'], ['Borneo FC'],
  ['PSIS Semarang'], ['PSS Sleman'], ['Persis Solo'], ['Persik Kediri'], ['Persela Lamongan', 'Persela'], ['Barito Putera'],
  ['Mitra Kukar'], ['Sriwijaya FC'], ['Semen Padang FC'], ['Bhayangkara FC'], ['PS TIRA'], ['Perseru Serui'],
  ['Persiba Balikpapan'], ['Persegres Gresik United', 'Gresik United'], ['Persiba Bantul'], ['Persita Tangerang', 'Persita'],
  ['PSMS Medan'], ['Dewa United'], ['RANS Nusantara'],
];

/** Canonical names of the clubs. */
export const CLUB_NAMES = new Set(CLUBS.map((names) => names[0]!));

/** Short names that are also places: the club in an article about sport. */
export const CITY_CLUBS: Record<string, string> = {
  Liverpool: 'Liverpool FC', Newcastle: 'Newcastle United', Southampton: 'Southampton FC', Watford: 'Watford FC',
  Burnley: 'Burnley FC', Bournemouth: 'AFC Bournemouth', Leicester: 'Leicester City', Leeds: 'Leeds United',
  Sunderland: 'Sunderland AFC', Swansea: 'Swansea City', Stoke: 'Stoke City', Barcelona: 'FC Barcelona',
  Sevilla: 'Sevilla FC', Valencia: 'Valencia CF', Napoli: 'SSC Napoli', Lazio: 'SS Lazio', Roma: 'AS Roma',
  Torino: 'Torino FC', Monaco: 'AS Monaco', Marseille: 'Olympique de Marseille', Lyon: 'Olympique Lyonnais',
  Dortmund: 'Borussia Dortmund', Leverkusen: 'Bayer Leverkusen', Wolfsburg: 'VfL Wolfsburg', Porto: 'FC Porto',
  Eindhoven: 'PSV Eindhoven', Girona: 'Girona FC', Mallorca: 'Real Mallorca',
};
