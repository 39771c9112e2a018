/**
 * Recirculation: "Most read", "Related", "You might also like", "More from …", "Top stories" lists and grids. One
 * vocabulary for detection (a timed list under such a heading is never the page's feed: the contract counts it as
 * clutter) and for the clutter search (which hides it as `related`).
 */
import { alternation, type NameWords, type PhraseTable, tablePhrases } from './languages';

/** Headings of recirculation lists: what the clutter search hides, and a timed list under them is no feed. */
export const RECIRCULATION_HEADINGS: PhraseTable = {
  exact: {
    // "most read" seen: euronews, express
    // "related" seen: cbc, thenation, telegraph, theintercept
    // "recommended" seen: nationalpost, businessinsider, mirror
    // "trending" seen: euronews, techcrunch, metro
    // "top stories" seen: euronews
    // "must read" seen: metro
    // "latest stories" seen: theintercept
    // "don't miss" seen: mirror, ndtv
    // "popular videos" seen: independent
    en:
      'most read|most popular|most viewed|popular|related|related stories|related articles|related content|related coverage|' +
      'read next|recommended|recommended for you|trending|trending now|top stories|you might also like|you may also like|' +
      "more stories|more on this story|must read|latest stories|don't miss|don’t miss|popular videos|latest videos|our videos|" +
      'top videos|video of the day|more top stories|top 10|top ten|popular now',
    // seen: tagesschau, faz ("Mehr zum Thema"), br24 ("Das könnte Sie auch interessieren")
    de:
      'unsere videos|video des tages|verwandte artikel|das könnte dich auch interessieren|meistgelesen|meistgelesene artikel|' +
      'mehr zum thema|das könnte sie auch interessieren|auch interessant|weitere artikel|empfehlungen|am meisten gelesen|' +
      'meistgeklickt|beliebteste artikel|top-artikel',
    // seen: lesechos ("Les plus lus", "À la Une")
    fr:
      'nos vidéos|la vidéo du jour|dernières vidéos|les plus lus|à lire aussi|sur le même sujet|lire aussi|' +
      'les plus partagés|à la une|à lire également|les plus populaires|les plus consultés|les plus lues',
    es:
      'nuestros vídeos|el vídeo del día|últimos vídeos|lo más leído|lo más visto|te puede interesar|noticias relacionadas|' +
      'más noticias|más leídas|te recomendamos|los más leídos|las más leídas|lo más popular',
    // seen: repubblica ("Raccomandati per te")
    it:
      'i nostri video|ultimi video|video del giorno|i più letti|più letti|potrebbe interessarti|leggi anche|' +
      'ti potrebbe interessare|raccomandati per te|più visti|ti consigliamo|le più lette|gli articoli più letti',
    pt:
      'nossos vídeos|vídeo do dia|mais lidas|mais lidos|leia também|veja também|relacionadas|mais vistos|recomendados|' +
      'as mais lidas|os mais lidos|mais populares',
    // seen: sportowefakty ("Zobacz również")
    pl:
      'najnowsze wideo|najczęściej czytane|zobacz także|zobacz również|zobacz też|czytaj też|czytaj także|polecane|' +
      'polecamy|przeczytaj również|najpopularniejsze|najchętniej czytane',
  },
  contains: {},
  prefix: {
    // seen: telegraph, reuters, foxnews ("More from …"), nationalpost ("Recommended from Editorial")
    // "Most read in Royal", "Meistgelesen in Politik", "Lo más leído hoy", "Top 10 der Woche"
    en: 'more from |latest from |recommended from |most read |most popular |most viewed |top 10 ',
    // seen: tagesschau ("Mehr von <author>")
    de: 'mehr aus dem ressort|mehr aus |mehr von |meistgelesen |am meisten gelesen ',
    fr: "plus d’articles|plus d'articles|les plus lus |les plus lues ",
    es: 'más noticias de |lo más leído |lo más visto ',
    it: 'altre notizie|i più letti |le più lette ',
    pt: 'mais notícias de |mais lidas |mais lidos ',
    pl: 'więcej artykułów|najczęściej czytane |najpopularniejsze ',
  },
};

/**
 * Headings that make a timed list recirculation, though the clutter search does not hide a box for them: pages print
 * them on buttons, links and teasers too ("Read more", "Más noticias relacionadas"), where they start no box.
 */
export const RECIRCULATION_LIST_HEADINGS: PhraseTable = {
  exact: {
    en:
      'more on|more in|more news|most shared|most watched|you may like|you might like|read more|editors picks|' +
      "editors' picks|what to read next|in case you missed|also in",
    de: 'mehr zu|weitere themen|die redaktion empfiehlt|beliebt|das könnte sie interessieren',
    fr: 'nos recommandations',
    it: 'più lette',
    es: 'relacionados|relacionadas',
    pt: 'relacionados',
  },
  contains: {},
};

/** Class/id words of recirculation blocks. */
export const RECIRCULATION_NAMES: NameWords = {
  words: [
    'related', // seen: cbc, telegraph "related-…"
    'recommended',
    'recommendations',
    'recommendation',
    'most-read', // seen: euronews, express
    'mostread',
    'most-popular',
    'mostpopular',
    'most-viewed',
    'trending',
    'recirc',
    'recirculation',
    'more-from',
    'read-next',
    'you-may-like',
    'also-like',
    'top-stories',
    'must-read', // seen: metro "sidebar-container must-read"
    'more-stories',
    'onward', // seen: telegraph "onward-journey"
    'latest-posts', // seen: theintercept "LazyLatestPosts"
    'recent-posts', // WordPress widget ids "recent-posts-2" (seen: echte-demokratie)
    'recent-entries',
    'dont-miss',
    'meistgelesen', // German
    'empfehlungen',
  ],
  prefixes: [],
};

/**
 * Names that make a timed list recirculation, though the clutter search does not hide a box for them: "read-more" and
 * "popular" name buttons and tag clouds too, and Outbrain and Taboola widgets are hidden as ads.
 */
export const RECIRCULATION_LIST_NAMES: NameWords = {
  words: ['popular', 'read-more', 'also-read', 'outbrain', 'taboola'],
  prefixes: [],
};

/** A heading that opens with a recirculation phrase ("Most read in Royal", "More from Europe", "Related"). */
export const RECIRCULATION_HEADING = new RegExp(
  `^(?:${alternation([
    ...tablePhrases(RECIRCULATION_HEADINGS, 'exact'),
    ...tablePhrases(RECIRCULATION_HEADINGS, 'prefix').map((p) => p.trim()),
    ...tablePhrases(RECIRCULATION_LIST_HEADINGS, 'exact'),
  ])})(?![\\p{L}\\p{N}])`,
  'iu',
);
