/**
 * Words that tell what a part of a news page is, per language, as data. Each table says where its words
 * were seen; a new language or publisher habit is a new entry here, not new code.
 */

/** Class/id words of live-blog streams and their updates. */
export const LIVE_NAME_WORDS: readonly string[] = [
  'live',
  'liveblog',
  'live blog',
  'livestream',
  'live events',
  'live event',
  'ticker',
  'liveticker',
  'newsticker',
  'diretta',
  'direct',
  'en direct',
  'en vivo',
  'envivo',
  'na zywo',
  'relacja',
  'minute by minute',
  'coventry',
  'timeline',
  'updates',
  'update',
  'entry',
  'entries',
  'blog post',
  'lb post',
]; // Express/Mirror "live-events__entry", Repubblica "liveblog__post", BR24 "ticker", Le Monde "direct", Polish "relacja"

/** Headings and labels of a river of timed headlines ("feed"). */
export const FEED_HEADINGS: readonly RegExp[] = [
  /^(news ?feed|latest( news| updates| stories)?|just in|breaking( news)?|live feed|news wire|the wire|top news now)\b/i, // Kyiv Independent "News Feed"
  /^(newsticker|nachrichtenticker|neueste( nachrichten)?|aktuelle nachrichten|aktuell|eilmeldungen|alle meldungen)\b/i, // German portals
  /^(le )?(fil (info|infos|d'actu(alité)?s?|d’actu(alité)?s?|actu|en continu|des (événements|infos|actualités))|dernières (infos|actualités|minutes)|en continu|l'essentiel|flash(s)? info)\b/i, // Les Echos "Le fil info"
  /^(ultim[ei] (notizie|news|ora)|in tempo reale|news in diretta)\b/i, // Italian
  /^(últimas (noticias|horas)|lo último|al minuto|última hora)\b/i, // Spanish
  /^(últimas( notícias)?|agora)\b/i, // Portuguese
  /^(najnowsze( wiadomości)?|z ostatniej chwili|na bieżąco)\b/i, // Polish
];

/** Headings of recirculation lists: never a feed, even with times on the cards. */
export const RECIRCULATION_HEADINGS: readonly RegExp[] = [
  /^(more (from|on|in|stories|news)|must read|most (read|popular|viewed|shared|watched)|related|recommended|you (may|might) (also )?like|read (more|next)|top stories|trending|popular|editors'? picks|what to read next|don't miss|in case you missed|also in)\b/i,
  /^(mehr (zum thema|aus|zu)|weitere themen|die redaktion empfiehlt|meistgelesen|beliebt|das könnte sie (auch )?interessieren|weitere artikel|empfehlungen)\b/i,
  /^(à lire aussi|lire aussi|les plus lus|sur le même sujet|nos recommandations)\b/i,
  /^(leggi anche|i più letti|più lett[ie]|potrebbe interessarti)\b/i,
  /^(te puede interesar|lo más leído|más leídas|relacionad[ao]s)\b/i,
  /^(mais lidas|leia também|relacionad[ao]s)\b/i,
  /^(czytaj (też|także)|najczęściej czytane|polecane)\b/i,
];
/** Class/id words of recirculation blocks. */
export const RECIRCULATION_NAME_WORDS: readonly string[] = [
  'related',
  'recommended',
  'recommendation',
  'recommendations',
  'most read',
  'mostread',
  'most popular',
  'popular',
  'trending',
  'more from',
  'read more',
  'read next',
  'outbrain',
  'taboola',
  'recirc',
  'recirculation',
  'also read',
];

/** Headings of a key-points / key-events index above a live blog. */
export const KEY_POINTS_HEADINGS: readonly RegExp[] = [
  /^(key (points|events|updates|moments)|summary|highlights|what we know|the latest|in brief|catch up|pinned)\b/i, // Sky "Key points", Guardian "Key events"
  /^(das wichtigste|die wichtigsten|zusammenfassung|überblick|kurz gefasst)\b/i,
  /^(l'essentiel|les points clés|ce qu'il faut retenir|à retenir|résumé)\b/i,
  /^(punti chiave|momenti chiave|i punti|in sintesi|riepilogo|eventi chiave)\b/i,
  /^(puntos clave|lo más destacado|resumen|claves)\b/i,
  /^(pontos-chave|destaques|resumo)\b/i,
  /^(najważniejsze|w skrócie|podsumowanie|kluczowe)\b/i,
];
/** Class/id words of that index. */
export const KEY_POINTS_NAME_WORDS: readonly string[] = [
  'key points',
  'keypoints',
  'key events',
  'keyevents',
  'key moments',
  'highlights',
  'liveblog index',
];

/** Class/id words of reader comments: timed and wordy like live posts, but not the page's content stream. */
export const COMMENT_NAME_WORDS: readonly string[] = [
  'comment',
  'comments',
  'reply',
  'replies',
  'disqus',
  'discussion',
  'kommentar',
  'kommentare',
  'commenti',
  'commentaires',
  'comentarios',
  'komentarze',
  'forum',
];

/**
 * Class/id/attribute words that mark a post as pinned or featured. Not "highlight": Sportowefakty styles
 * score updates in the stream "coventry--highlight", emphasis in place rather than a post pinned above it.
 */
export const PINNED_NAME_WORDS: readonly string[] = ['pinned', 'pin', 'sticky', 'key', 'keyevent', 'key event', 'featured', 'important'];
/** Labels printed on pinned posts. */
export const PINNED_LABELS =
  /^(pinned|pinned post|key (point|event|update)|angeheftet|wichtig|épinglé|important|in evidenza|fissato|destacado|fijado|przypięty|najważniejsze)$/i;

/** Marks of advertising that make an element not a post. */
export const AD_NAME_WORDS: readonly string[] = [
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'ad slot',
  'ad unit',
  'ad container',
  'dfp',
  'gpt',
  'sponsored',
  'promoted',
  'commercial',
  'banner',
  'outbrain',
  'taboola',
  'teads',
  'placeholder',
  'centered loader',
  'loader',
];
export const AD_LABELS =
  /^(advertisement|advertising|ad|sponsored|sponsored content|promoted|paid (content|post|partner)|anzeige|werbung|publicité|pubblicità|publicidad|publicidade|reklama|partner content)$/i;

/** Byline prefixes: "By Deborah Haynes, security editor" → Deborah Haynes. */
export const BYLINE_PREFIX = /^(by|von|par|di|de|por|przez|autor(?:in)?:?|author:?)\s+/i;
/** Class/id words of bylines. */
export const AUTHOR_NAME_WORDS: readonly string[] = ['author', 'byline', 'contributor', 'writer', 'reporter', 'autor', 'auteur', 'firma'];

/** Class/id words of share bars and post tools whose text is not part of the post body. */
export const POST_TOOL_NAME_WORDS: readonly string[] = [
  'share',
  'sharing',
  'social',
  'copy link',
  'copylink',
  'permalink',
  'tools',
  'actions',
  'reactions',
  'comments count',
];
/** Texts of links that are a post's own permalink. */
export const PERMALINK_LABELS = /^(copy link|link|permalink|share|link kopieren|copier le lien|copia link|copiar enlace|kopiuj link)$/i;

/** True when a class/id word string (from text.ts nameWords) holds any word of the table. */
export function hasNameWord(words: string, table: readonly string[]): boolean {
  // Asked of every element of every post: most elements are named by nothing, and the tables are padded once.
  if (words.length <= 2) return false;
  let padded = PADDED.get(table);
  if (!padded) PADDED.set(table, (padded = table.map((word) => ' ' + word + ' ')));
  for (const word of padded) if (words.includes(word)) return true;
  return false;
}

/** Each table's words with the spaces that make them whole words in a nameWords string. */
const PADDED = new WeakMap<readonly string[], readonly string[]>();
