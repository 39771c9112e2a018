/**
 * Phrases that label clutter, per language. Matching is on an element's own short text, lower-cased with
 * whitespace collapsed and trailing punctuation/arrows dropped ("Donate →" → "donate").
 *
 * `exact`: the element's whole text is the phrase (labels, headings, buttons: "Advertisement", "Most read").
 * `contains`: the phrase occurs inside a short text (up to MAX_SEED_TEXT characters), for longer calls to
 * action ("Support independent journalism for as little as £1").
 * `prefix`: the text starts with the phrase ("More from Europe").
 *
 * "seen:" names a corpus page (shared/corpus) or fixture where the wording occurs; "common:" marks wording
 * we know from publishers' pages but have no saved page for yet.
 */

import { collapseSpaces } from './meter';

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Phrases of one language as one string, "|" between phrases: the tables are the largest part of the content
 * script, and a list of quoted strings costs three bytes more per phrase. Split once, when the matchers are built.
 */
export type PhraseList = string;

/** The phrases of a list ("a|b c" → ["a", "b c"]). */
export function phrases(list: PhraseList | undefined): string[] {
  return list ? list.split('|') : [];
}

export interface PhraseTable {
  exact: Partial<Record<Lang, PhraseList>>;
  contains: Partial<Record<Lang, PhraseList>>;
  /** The text starts with the phrase ("More from Europe"). */
  prefix?: Partial<Record<Lang, PhraseList>>;
}

/** Longest text an element may have to be tested as a seed: labels and calls to action are short. */
export const MAX_SEED_TEXT = 200;

/** Ad slot labels and native-ad markers. */
export const AD_PHRASES: PhraseTable = {
  exact: {
    // "advertisement" seen: nytimes, dailymail, benchmark pages
    // "ad" common: tiny "AD" badge over a slot
    // "sponsored" seen: independent-laos-methanol
    en: 'advertisement|advertising|advert|ad|sponsored|sponsored content|paid content|paid post|promoted|promoted content',
    // "anzeige" seen: tagesschau, heise, spiegel
    de: 'anzeige|werbung|gesponsert',
    // seen: lesechos-fil-info ("Publicité")
    fr: 'publicité|sponsorisé|contenu sponsorisé',
    // seen: elmundo ("Publicidad")
    es: 'publicidad|patrocinado|contenido patrocinado',
    // seen: repubblica ("Pubblicità")
    it: 'pubblicità|sponsorizzato|contenuto sponsorizzato',
    // common: Portuguese/Brazilian slots
    pt: 'publicidade|patrocinado|conteúdo patrocinado',
    // seen: rzeczpospolita, sportowefakty ("Reklama")
    pl: 'reklama|sponsorowane|materiał sponsorowany',
  },
  contains: {
    // "story continues below advertisement" common: Canadian/US slots between paragraphs
    // "advertisement - scroll to continue" common: US publishers
    // "skip advertisement" seen: nytimes
    en: 'story continues below advertisement|article continues below advertisement|advertisement - scroll to continue|skip advertisement',
    de: 'artikel wird unter der anzeige fortgesetzt',
  },
};

/** Reader-support and membership asks. */
export const DONATION_PHRASES: PhraseTable = {
  exact: {
    // "donate" seen: thenation, theintercept, independent
    // "support us" seen: guardian-valencia-fire
    // "become a member" seen: theintercept
    en: 'donate|donate now|support us|become a member|become a supporter|contribute|make a contribution',
    // seen: netzpolitik, correctiv
    de: 'spenden|jetzt spenden|jetzt unterstützen|unterstützen sie uns',
    fr: 'faire un don|soutenez-nous|je fais un don',
    es: 'dona|donar|haz una donación|hazte socio|apóyanos',
    it: 'dona|dona ora|sostienici',
    pt: 'doe|doe agora|apoie',
    pl: 'wesprzyj|wesprzyj nas|wpłać',
  },
  contains: {
    // "support independent journalism" seen: sample-liveblog fixture; common: Guardian, Intercept
    // "support our journalism" seen: thenation
    en: 'support independent journalism|support our journalism|support our work|support quality journalism|become a member|make a donation|tax-deductible donation|reader-funded|reader funded',
    // seen: correctiv, netzpolitik ("Deine Spende für digitale Freiheitsrechte")
    de: 'jetzt unterstützen|unabhängigen journalismus|jetzt spenden|mit einer spende|deine spende|ihre spende',
    fr: 'soutenez|faites un don|journalisme indépendant|votre don',
    es: 'apoya el periodismo|haz una donación|periodismo independiente',
    it: 'sostieni il giornalismo|fai una donazione|giornalismo indipendente',
    pt: 'apoie o jornalismo|faça uma doação|jornalismo independente',
    pl: 'wesprzyj|niezależne dziennikarstwo|przekaż darowiznę',
  },
};

/** Newsletter sign-ups, subscription nags and app prompts. */
export const SUBSCRIBE_PHRASES: PhraseTable = {
  exact: {
    // "subscribe" seen: thenation, techcrunch, benchmark pages
    en: 'subscribe|subscribe now|get our app|download our app|download the app|already a subscriber?',
    de: 'abonnieren|jetzt abonnieren|newsletter abonnieren|app herunterladen',
    fr: "abonnez-vous|s'abonner|télécharger l'application",
    es: 'suscríbete|suscribirse|descarga la app',
    it: "abbonati|iscriviti|scarica l'app",
    pt: 'assine|assine já|baixe o app',
    pl: 'zaprenumeruj|subskrybuj|zapisz się|pobierz aplikację',
  },
  contains: {
    // "sign up for the" seen: corkbeo "Sign up for the CorkBeo newsletter"
    // "get email updates" seen: mirror's email slide-in
    // "straight to your inbox" seen: independent
    // "receive news notifications" seen: express push prompt
    // "notifications from" seen: independent "Stay up to date with notifications from …"
    // "join us on whatsapp" seen: express WhatsApp community box
    // "reserved for subscribers" seen: nationalpost paywall box
    en: 'sign up for our newsletter|subscribe to our newsletter|subscribe to continue reading|get our app|download our app|sign up for our|sign up to our|sign up for the|get email updates|straight to your inbox|receive news notifications|notifications from|join us on whatsapp|reserved for subscribers|subscribers only|exclusive to subscribers',
    de: 'newsletter abonnieren|jetzt abonnieren|zum newsletter anmelden|unsere app|nur für abonnenten|exklusiv für abonnenten|push-benachrichtigungen',
    // seen: lesechos "découvrez nos offres Premium"
    fr: "inscrivez-vous à notre newsletter|abonnez-vous|notre application|nos offres|réservé aux abonnés|je m’abonne|je m'abonne",
    es: 'suscríbete a nuestro boletín|suscríbete|nuestra app|exclusivo para suscriptores',
    it: 'iscriviti alla newsletter|abbonati|la nostra app|riservato agli abbonati',
    pt: 'assine a nossa newsletter|inscreva-se|nosso app|exclusivo para assinantes',
    pl: 'zapisz się do newslettera|zaprenumeruj|naszą aplikację|tylko dla subskrybentów',
  },
};

/**
 * Words that make a small box around an email field a newsletter sign-up (checked on the box's whole
 * text, not as a seed): "newsletter", "inbox", "sign up" and their counterparts.
 */
export const NEWSLETTER_WORDS: Record<Lang, PhraseList> = {
  // seen: guardian-valencia-fire ("Sign up"), sample-liveblog
  en: 'newsletter|inbox|sign up|signup|subscribe|email updates|briefing',
  de: 'newsletter|postfach|anmelden|abonnieren',
  fr: "newsletter|lettre d’information|lettre d'information|inscri|abonne",
  es: 'boletín|newsletter|suscrib|bandeja de entrada',
  it: 'newsletter|iscriviti|casella di posta',
  pt: 'newsletter|inscreva|assine|caixa de entrada',
  pl: 'newsletter|zapisz|skrzynk|subskryb',
};

/** Consent banners. Text seeds only; the banner must also hold a button. */
export const COOKIE_PHRASES: PhraseTable = {
  exact: {
    en: 'accept cookies|accept all cookies|cookie settings|manage cookies',
    de: 'alle cookies akzeptieren|cookie-einstellungen',
    fr: 'accepter les cookies|paramètres des cookies',
    es: 'aceptar cookies|configuración de cookies',
    it: 'accetta i cookie|impostazioni dei cookie',
    pt: 'aceitar cookies|definições de cookies',
    pl: 'akceptuję pliki cookie|ustawienia plików cookie',
  },
  contains: {
    en: 'we use cookies|this site uses cookies|this website uses cookies|use of cookies',
    de: 'wir verwenden cookies|diese website verwendet cookies|wir nutzen cookies',
    fr: 'nous utilisons des cookies|ce site utilise des cookies',
    es: 'utilizamos cookies|usamos cookies|este sitio utiliza cookies',
    it: 'utilizziamo i cookie|questo sito utilizza cookie|questo sito usa i cookie',
    pt: 'utilizamos cookies|usamos cookies|este site utiliza cookies',
    pl: 'używamy plików cookie|ta strona używa plików cookie|korzystamy z plików cookie',
  },
};

/** Share bars and follow-us boxes. */
export const SOCIAL_PHRASES: PhraseTable = {
  exact: {
    // seen: metro, nationalpost ("Share this"); euronews, telegraph ("Follow us")
    en: 'share|share this|share this article|share this story|share on|follow us|keep in touch|stay connected|connect with us|find us on',
    // seen: spiegel ("Teilen")
    de: 'teilen|artikel teilen|folgen sie uns|folge uns',
    // seen: lemonde, lesechos ("Partager")
    fr: 'partager|partager cet article|suivez-nous',
    // seen: elmundo ("Compartir")
    es: 'compartir|comparte|síguenos',
    it: 'condividi|seguici',
    pt: 'partilhar|compartilhe|compartilhar|siga-nos',
    pl: 'udostępnij|obserwuj nas',
  },
  contains: {},
};

/** Recirculation headings: "Most read", "Related", "More from …". */
export const RELATED_PHRASES: PhraseTable = {
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
    en: "most read|most popular|most viewed|popular|related|related stories|related articles|related content|related coverage|read next|recommended|recommended for you|trending|trending now|top stories|you might also like|you may also like|more stories|more on this story|must read|latest stories|don't miss|don’t miss|popular videos|latest videos|our videos|top videos|video of the day|most viewed|more top stories",
    // seen: tagesschau, faz ("Mehr zum Thema"), br24 ("Das könnte Sie auch interessieren")
    de: 'unsere videos|video des tages|verwandte artikel|das könnte dich auch interessieren|meistgelesen|meistgelesene artikel|mehr zum thema|das könnte sie auch interessieren|auch interessant|weitere artikel|empfehlungen',
    // seen: lesechos ("Les plus lus", "À la Une")
    fr: 'nos vidéos|la vidéo du jour|dernières vidéos|les plus lus|à lire aussi|sur le même sujet|lire aussi|les plus partagés|à la une|à lire également',
    es: 'nuestros vídeos|el vídeo del día|últimos vídeos|lo más leído|lo más visto|te puede interesar|noticias relacionadas|más noticias|más leídas|te recomendamos',
    // seen: repubblica ("Raccomandati per te")
    it: 'i nostri video|ultimi video|video del giorno|i più letti|più letti|potrebbe interessarti|leggi anche|ti potrebbe interessare|raccomandati per te|più visti|ti consigliamo',
    pt: 'nossos vídeos|vídeo do dia|mais lidas|mais lidos|leia também|veja também|relacionadas|mais vistos|recomendados',
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

/**
 * In-house promotions are mostly recognised by class/id names: their wording is the publisher's own. The one
 * wording they share is the magazine plug ("Current Issue — View our current issue", seen: thenation).
 */
export const PROMO_PHRASES: PhraseTable = {
  exact: {
    en: 'current issue|our latest issue',
    de: 'aktuelle ausgabe|die aktuelle ausgabe',
    fr: 'dernier numéro|le numéro de la semaine',
    es: 'último número',
    it: 'ultimo numero',
    pt: 'última edição',
    pl: 'najnowszy numer',
  },
  contains: {},
};

/** Lower-case, collapse whitespace, drop trailing punctuation and arrows, so "Donate →" reads "donate". */
export function normalizePhraseText(text: string): string {
  return collapseSpaces(text.toLowerCase())
    .trim()
    .replace(/[\s:.!…›»→>|·•–—-]+$/u, '')
    .replace(/^[\s›»→>|·•–—-]+/u, '');
}

export interface PhraseMatcher {
  exact: Set<string>;
  contains: string[];
  prefix: string[];
}

/** Every phrase of a table, flattened per matching mode. */
export function phraseMatcher(table: PhraseTable): PhraseMatcher {
  const exact = new Set<string>();
  const contains: string[] = [];
  const prefix: string[] = [];
  for (const lang of LANGS) {
    for (const p of phrases(table.exact[lang])) exact.add(p);
    contains.push(...phrases(table.contains[lang]));
    prefix.push(...phrases(table.prefix?.[lang]));
  }
  return { exact, contains, prefix };
}

/** The phrase a normalized text matches, or null. */
export function matchPhrase(matcher: PhraseMatcher, normalized: string): string | null {
  if (matcher.exact.has(normalized)) return normalized;
  // Index loops: every rule is asked for every label that passed the filter; for…of allocates before optimization.
  for (let i = 0; i < matcher.contains.length; i++)
    if (normalized.includes(matcher.contains[i] as string)) return matcher.contains[i] as string;
  for (let i = 0; i < matcher.prefix.length; i++)
    if (normalized.startsWith(matcher.prefix[i] as string)) return matcher.prefix[i] as string;
  return null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PhraseTrie {
  /** A phrase ends here: for a "does any phrase occur" test, longer phrases through this point add nothing. */
  end: boolean;
  next: Map<string, PhraseTrie>;
}

/**
 * Phrases as one pattern that matches the same texts as `phrase1|phrase2|…`, written as a tree of their shared
 * beginnings ("support (?:independent journalism|our (?:journalism|work))"). With 300 phrases in one alternation
 * the regex engine tries every phrase at every position of a text; the tree tries one branch per next character.
 * A phrase that begins with another is left out ("advertisement" after "ad"): the tests only ask whether one occurs.
 * `space` is the pattern written for a space of a phrase.
 */
function anyPhrasePattern(phrases: readonly string[], space: string): string {
  const root: PhraseTrie = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase) {
      if (node.end) break;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  const write = (node: PhraseTrie): string => {
    const branches = Array.from(node.next, ([ch, child]) => (ch === ' ' ? space : escapeRegExp(ch)) + (child.end ? '' : write(child)));
    return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  };
  return phrases.length > 0 ? write(root) : '(?!)';
}

/**
 * Every table's phrases in one test: most short texts on a page match no phrase at all. Raw text is tested
 * first, before it is normalized, with two compiled expressions that any match needs (a label starts with its
 * phrase; a call to action contains one); a text that passes is normalized and looked up exactly.
 */
export class PhraseFilter {
  private readonly exact = new Set<string>();
  private readonly contains: RegExp;
  private readonly prefix: RegExp;
  private readonly rawContains: RegExp;
  private readonly rawStart: RegExp;

  constructor(matchers: readonly PhraseMatcher[]) {
    const contains: string[] = [];
    const prefix: string[] = [];
    for (const m of matchers) {
      for (const p of m.exact) this.exact.add(p);
      contains.push(...m.contains);
      prefix.push(...m.prefix);
    }
    this.contains = new RegExp(anyPhrasePattern(contains, ' '));
    this.prefix = new RegExp(`^${anyPhrasePattern(prefix, ' ')}`);
    // Raw text: any run of whitespace between a phrase's words, any case.
    this.rawContains = new RegExp(anyPhrasePattern(contains, '\\s+'), 'i');
    // Normalizing drops these before a label's first word ("› Most read", "| Anzeige").
    this.rawStart = new RegExp(`^[\\s›»→>|·•–—-]*${anyPhrasePattern([...this.exact, ...prefix], '\\s+')}`, 'i');
  }

  /** False when no table can match this text once normalized (the cheap test, on the text as the page has it). */
  mayMatchRaw(raw: string): boolean {
    return this.rawStart.test(raw) || this.rawContains.test(raw);
  }

  /** False when no table can match the normalized text. */
  mayMatch(normalized: string): boolean {
    return this.exact.has(normalized) || this.contains.test(normalized) || this.prefix.test(normalized);
  }
}
