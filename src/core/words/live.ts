/**
 * Words that tell what a part of a news page is, per language: the labels of a feed, of a key-points index, of
 * comments, of pinned posts. Each table says where its words were seen; a new language or publisher habit is a new
 * entry here, not new code.
 */
import type { NameWords } from './languages';

/** Headings and labels of a river of timed headlines ("feed"). */
export const FEED_HEADINGS: readonly RegExp[] = [
  /^(news ?feed|latest( news| updates| stories)?|just in|breaking( news)?|live feed|news wire|the wire|top news now)\b/i, // Kyiv Independent "News Feed"
  /^(newsticker|nachrichtenticker|neueste( nachrichten)?|aktuelle nachrichten|aktuell|eilmeldungen|alle meldungen)\b/i, // German portals
  /^(le )?(fil (info|infos|d'actu(alité)?s?|d’actu(alité)?s?|actu|en continu|des (événements|infos|actualités))|dernières (infos|actualités|minutes)|en continu|l'essentiel|flash(s)? info)\b/i, // Les Echos "Le fil info"
  /^(ultim[ei] (notizie|news|ora)|in tempo reale|news in diretta)\b/i, // Italian
  /^(últimas (noticias|horas)|lo último|al minuto|última hora)\b/i, // Spanish
  /^(últimas( notícias)?|agora)\b/i, // Portuguese
  /^(najnowsze( wiadomości)?|z ostatniej chwili|na bieżąco)\b/i, // Polish
  /^flash(e?s)?$/i, // a ticker's label on each of its items, alone (Le Figaro Sport24 "Flash"); "Flash floods …" is a headline
  // More languages, "common:" wording of latest-news pages and boxes; \p{L} ends a word in any script.
  /^(het )?(laatste nieuws|net binnen)(?!\p{L})/iu, // Dutch
  /^(seneste nyt|seneste nyheder|siste nytt|siste nyheter|senaste nytt|senaste nyheterna)(?!\p{L})/iu, // Danish, Norwegian, Swedish
  /^(стрічка новин|останні новини|лента новостей|последние новости)(?!\p{L})/iu, // Ukrainian, Russian
  /^(ultimele (știri|stiri)|știri pe scurt)(?!\p{L})/iu, // Romanian
  /^(son dakika|son haberler)(?!\p{L})/iu, // Turkish
  /^(nejnovější zprávy|najnovšie správy|friss hírek|τελευταία νέα|ροή ειδήσεων|berita terkini|terkini)(?!\p{L})/iu, // Czech, Slovak, Hungarian, Greek, Malay
  /^(最新消息|即時新聞|即时新闻|滚动新闻|新着ニュース|最新ニュース)/, // Chinese, Japanese (seen: feed/asahi-headlines-2019 "新着ニュース")
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
export const KEY_POINTS_NAMES: NameWords = {
  words: ['key-points', 'keypoints', 'key-events', 'keyevents', 'key-moments', 'highlights', 'liveblog-index'],
  prefixes: [],
};

/** Class/id words of reader comments: timed and wordy like live posts, but not the page's content stream. */
export const COMMENT_NAMES: NameWords = {
  prefixes: [],
  words: [
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
  ],
};

/**
 * Class/id/attribute words that mark a post as pinned or featured. Not "highlight": Sportowefakty styles
 * score updates in the stream "coventry--highlight", emphasis in place rather than a post pinned above it.
 */
export const PINNED_NAMES: NameWords = {
  words: ['pinned', 'pin', 'sticky', 'key', 'keyevent', 'key-event', 'featured', 'important'],
  prefixes: [],
};
/** Labels printed on pinned posts. */
export const PINNED_LABELS =
  /^(pinned|pinned post|key (point|event|update)|angeheftet|wichtig|épinglé|important|in evidenza|fissato|destacado|fijado|przypięty|najważniejsze)$/i;
