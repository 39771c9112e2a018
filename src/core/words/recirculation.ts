/**
 * Recirculation: "Most read", "Related", "You might also like", "More from …", "Top stories" lists and grids. One
 * vocabulary for detection (a timed list under such a heading is never the page's feed: the contract counts it as
 * clutter) and for the clutter search (which hides it as `related`).
 */
import { alternation, type NameWords, type PhraseTable, tablePhrases } from './languages';

/** Headings of recirculation lists. */
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
      'most read|most popular|most viewed|most shared|most watched|popular|related|related stories|related articles|related content|' +
      'related coverage|read more|read next|what to read next|recommended|recommended for you|trending|trending now|top stories|' +
      'more top stories|you may like|you might like|you might also like|you may also like|more stories|more news|more on|more in|' +
      "more on this story|must read|latest stories|don't miss|don’t miss|in case you missed|editors picks|editors' picks|also in|" +
      'popular videos|latest videos|our videos|top videos|video of the day',
    // seen: tagesschau, faz ("Mehr zum Thema"), br24 ("Das könnte Sie auch interessieren")
    de:
      'unsere videos|video des tages|verwandte artikel|das könnte dich auch interessieren|meistgelesen|meistgelesene artikel|' +
      'mehr zum thema|mehr zu|das könnte sie interessieren|das könnte sie auch interessieren|auch interessant|weitere artikel|' +
      'weitere themen|die redaktion empfiehlt|beliebt|empfehlungen',
    // seen: lesechos ("Les plus lus", "À la Une")
    fr: 'nos vidéos|la vidéo du jour|dernières vidéos|les plus lus|à lire aussi|sur le même sujet|lire aussi|les plus partagés|à la une|à lire également|nos recommandations',
    es: 'nuestros vídeos|el vídeo del día|últimos vídeos|lo más leído|lo más visto|te puede interesar|noticias relacionadas|más noticias|más leídas|te recomendamos|relacionados|relacionadas',
    // seen: repubblica ("Raccomandati per te")
    it: 'i nostri video|ultimi video|video del giorno|i più letti|più letti|più lette|potrebbe interessarti|leggi anche|ti potrebbe interessare|raccomandati per te|più visti|ti consigliamo',
    pt: 'nossos vídeos|vídeo do dia|mais lidas|mais lidos|leia também|veja também|relacionados|relacionadas|mais vistos|recomendados',
    // seen: sportowefakty ("Zobacz również")
    pl: 'najnowsze wideo|najczęściej czytane|zobacz także|zobacz również|zobacz też|czytaj też|czytaj także|polecane|polecamy|przeczytaj również',
  },
  contains: {},
  prefix: {
    // seen: telegraph, reuters, foxnews ("More from …"), nationalpost ("Recommended from Editorial")
    en: 'more from |latest from |recommended from ',
    // seen: tagesschau ("Mehr von <author>")
    de: 'mehr aus dem ressort|mehr aus |mehr von ',
    fr: "plus d’articles|plus d'articles",
    es: 'más noticias de ',
    it: 'altre notizie',
    pt: 'mais notícias de ',
    pl: 'więcej artykułów',
  },
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
    'popular',
    'trending',
    'recirc',
    'recirculation',
    'more-from',
    'read-more',
    'read-next',
    'also-read',
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
    'outbrain',
    'taboola',
    'meistgelesen', // German
    'empfehlungen',
  ],
  prefixes: [],
};

/** A heading that opens with a recirculation phrase ("Most read in Royal", "More from Europe", "Related"). */
export const RECIRCULATION_HEADING = new RegExp(
  `^(?:${alternation([...tablePhrases(RECIRCULATION_HEADINGS, 'exact'), ...tablePhrases(RECIRCULATION_HEADINGS, 'prefix').map((p) => p.trim())])})(?![\\p{L}\\p{N}])`,
  'iu',
);
