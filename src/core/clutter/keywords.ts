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

export const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

export interface PhraseTable {
  exact: Partial<Record<Lang, readonly string[]>>;
  contains: Partial<Record<Lang, readonly string[]>>;
  /** The text starts with the phrase ("More from Europe"). */
  prefix?: Partial<Record<Lang, readonly string[]>>;
}

/** Longest text an element may have to be tested as a seed: labels and calls to action are short. */
export const MAX_SEED_TEXT = 200;

/** Ad slot labels and native-ad markers. */
export const AD_PHRASES: PhraseTable = {
  exact: {
    en: [
      'advertisement', // seen: nytimes, dailymail, benchmark pages
      'advertising',
      'advert',
      'ad', // common: tiny "AD" badge over a slot
      'sponsored', // seen: independent-laos-methanol
      'sponsored content',
      'paid content',
      'paid post',
      'promoted',
      'promoted content',
    ],
    de: [
      'anzeige', // seen: tagesschau, heise, spiegel
      'werbung',
      'gesponsert',
    ],
    fr: ['publicité', 'sponsorisé', 'contenu sponsorisé'], // seen: lesechos-fil-info ("Publicité")
    es: ['publicidad', 'patrocinado', 'contenido patrocinado'], // seen: elmundo ("Publicidad")
    it: ['pubblicità', 'sponsorizzato', 'contenuto sponsorizzato'], // seen: repubblica ("Pubblicità")
    pt: ['publicidade', 'patrocinado', 'conteúdo patrocinado'], // common: Portuguese/Brazilian slots
    pl: ['reklama', 'sponsorowane', 'materiał sponsorowany'], // seen: rzeczpospolita, sportowefakty ("Reklama")
  },
  contains: {
    en: [
      'story continues below advertisement', // common: Canadian/US slots between paragraphs
      'article continues below advertisement',
      'advertisement - scroll to continue', // common: US publishers
      'skip advertisement', // seen: nytimes
    ],
    de: ['artikel wird unter der anzeige fortgesetzt'],
  },
};

/** Reader-support and membership asks. */
export const DONATION_PHRASES: PhraseTable = {
  exact: {
    en: [
      'donate', // seen: thenation, theintercept, independent
      'donate now',
      'support us', // seen: guardian-valencia-fire
      'become a member', // seen: theintercept
      'become a supporter',
      'contribute',
      'make a contribution',
    ],
    de: ['spenden', 'jetzt spenden', 'jetzt unterstützen', 'unterstützen sie uns'], // seen: netzpolitik, correctiv
    fr: ['faire un don', 'soutenez-nous', 'je fais un don'],
    es: ['dona', 'donar', 'haz una donación', 'hazte socio', 'apóyanos'],
    it: ['dona', 'dona ora', 'sostienici'],
    pt: ['doe', 'doe agora', 'apoie'],
    pl: ['wesprzyj', 'wesprzyj nas', 'wpłać'],
  },
  contains: {
    en: [
      'support independent journalism', // seen: sample-liveblog fixture; common: Guardian, Intercept
      'support our journalism', // seen: thenation
      'support our work',
      'support quality journalism',
      'become a member',
      'make a donation',
      'tax-deductible donation',
      'reader-funded',
      'reader funded',
    ],
    de: ['jetzt unterstützen', 'unabhängigen journalismus', 'jetzt spenden', 'mit einer spende', 'deine spende', 'ihre spende'], // seen: correctiv, netzpolitik ("Deine Spende für digitale Freiheitsrechte")
    fr: ['soutenez', 'faites un don', 'journalisme indépendant', 'votre don'],
    es: ['apoya el periodismo', 'haz una donación', 'periodismo independiente'],
    it: ['sostieni il giornalismo', 'fai una donazione', 'giornalismo indipendente'],
    pt: ['apoie o jornalismo', 'faça uma doação', 'jornalismo independente'],
    pl: ['wesprzyj', 'niezależne dziennikarstwo', 'przekaż darowiznę'],
  },
};

/** Newsletter sign-ups, subscription nags and app prompts. */
export const SUBSCRIBE_PHRASES: PhraseTable = {
  exact: {
    en: [
      'subscribe', // seen: thenation, techcrunch, benchmark pages
      'subscribe now',
      'get our app',
      'download our app',
      'download the app',
      'already a subscriber?',
    ],
    de: ['abonnieren', 'jetzt abonnieren', 'newsletter abonnieren', 'app herunterladen'],
    fr: ['abonnez-vous', "s'abonner", "télécharger l'application"],
    es: ['suscríbete', 'suscribirse', 'descarga la app'],
    it: ['abbonati', 'iscriviti', "scarica l'app"],
    pt: ['assine', 'assine já', 'baixe o app'],
    pl: ['zaprenumeruj', 'subskrybuj', 'zapisz się', 'pobierz aplikację'],
  },
  contains: {
    en: [
      'sign up for our newsletter',
      'subscribe to our newsletter',
      'subscribe to continue reading',
      'get our app',
      'download our app',
      'sign up for our',
      'sign up to our',
      'sign up for the', // seen: corkbeo "Sign up for the CorkBeo newsletter"
      'get email updates', // seen: mirror's email slide-in
      'straight to your inbox', // seen: independent
      'receive news notifications', // seen: express push prompt
      'notifications from', // seen: independent "Stay up to date with notifications from …"
      'join us on whatsapp', // seen: express WhatsApp community box
      'reserved for subscribers', // seen: nationalpost paywall box
      'subscribers only',
      'exclusive to subscribers',
    ],
    de: ['newsletter abonnieren', 'jetzt abonnieren', 'zum newsletter anmelden', 'unsere app', 'nur für abonnenten', 'exklusiv für abonnenten', 'push-benachrichtigungen'],
    fr: ['inscrivez-vous à notre newsletter', 'abonnez-vous', 'notre application', 'nos offres', 'réservé aux abonnés', 'je m’abonne', "je m'abonne"], // seen: lesechos "découvrez nos offres Premium"
    es: ['suscríbete a nuestro boletín', 'suscríbete', 'nuestra app', 'exclusivo para suscriptores'],
    it: ['iscriviti alla newsletter', 'abbonati', 'la nostra app', 'riservato agli abbonati'],
    pt: ['assine a nossa newsletter', 'inscreva-se', 'nosso app', 'exclusivo para assinantes'],
    pl: ['zapisz się do newslettera', 'zaprenumeruj', 'naszą aplikację', 'tylko dla subskrybentów'],
  },
};

/**
 * Words that make a small box around an email field a newsletter sign-up (checked on the box's whole
 * text, not as a seed): "newsletter", "inbox", "sign up" and their counterparts.
 */
export const NEWSLETTER_WORDS: Record<Lang, readonly string[]> = {
  en: ['newsletter', 'inbox', 'sign up', 'signup', 'subscribe', 'email updates', 'briefing'], // seen: guardian-valencia-fire ("Sign up"), sample-liveblog
  de: ['newsletter', 'postfach', 'anmelden', 'abonnieren'],
  fr: ['newsletter', 'lettre d’information', "lettre d'information", 'inscri', 'abonne'],
  es: ['boletín', 'newsletter', 'suscrib', 'bandeja de entrada'],
  it: ['newsletter', 'iscriviti', 'casella di posta'],
  pt: ['newsletter', 'inscreva', 'assine', 'caixa de entrada'],
  pl: ['newsletter', 'zapisz', 'skrzynk', 'subskryb'],
};

/** Consent banners. Text seeds only; the banner must also hold a button. */
export const COOKIE_PHRASES: PhraseTable = {
  exact: {
    en: ['accept cookies', 'accept all cookies', 'cookie settings', 'manage cookies'],
    de: ['alle cookies akzeptieren', 'cookie-einstellungen'],
    fr: ['accepter les cookies', 'paramètres des cookies'],
    es: ['aceptar cookies', 'configuración de cookies'],
    it: ['accetta i cookie', 'impostazioni dei cookie'],
    pt: ['aceitar cookies', 'definições de cookies'],
    pl: ['akceptuję pliki cookie', 'ustawienia plików cookie'],
  },
  contains: {
    en: ['we use cookies', 'this site uses cookies', 'this website uses cookies', 'use of cookies'],
    de: ['wir verwenden cookies', 'diese website verwendet cookies', 'wir nutzen cookies'],
    fr: ['nous utilisons des cookies', 'ce site utilise des cookies'],
    es: ['utilizamos cookies', 'usamos cookies', 'este sitio utiliza cookies'],
    it: ['utilizziamo i cookie', 'questo sito utilizza cookie', 'questo sito usa i cookie'],
    pt: ['utilizamos cookies', 'usamos cookies', 'este site utiliza cookies'],
    pl: ['używamy plików cookie', 'ta strona używa plików cookie', 'korzystamy z plików cookie'],
  },
};

/** Share bars and follow-us boxes. */
export const SOCIAL_PHRASES: PhraseTable = {
  exact: {
    en: ['share', 'share this', 'share this article', 'share this story', 'share on', 'follow us', 'keep in touch', 'stay connected', 'connect with us', 'find us on'], // seen: metro, nationalpost ("Share this"); euronews, telegraph ("Follow us")
    de: ['teilen', 'artikel teilen', 'folgen sie uns', 'folge uns'], // seen: spiegel ("Teilen")
    fr: ['partager', 'partager cet article', 'suivez-nous'], // seen: lemonde, lesechos ("Partager")
    es: ['compartir', 'comparte', 'síguenos'], // seen: elmundo ("Compartir")
    it: ['condividi', 'seguici'],
    pt: ['partilhar', 'compartilhe', 'compartilhar', 'siga-nos'],
    pl: ['udostępnij', 'obserwuj nas'],
  },
  contains: {},
};

/** Recirculation headings: "Most read", "Related", "More from …". */
export const RELATED_PHRASES: PhraseTable = {
  exact: {
    en: [
      'most read', // seen: euronews, express
      'most popular',
      'most viewed',
      'popular',
      'related', // seen: cbc, thenation, telegraph, theintercept
      'related stories',
      'related articles',
      'related content',
      'related coverage',
      'read next',
      'recommended', // seen: nationalpost, businessinsider, mirror
      'recommended for you',
      'trending', // seen: euronews, techcrunch, metro
      'trending now',
      'top stories', // seen: euronews
      'you might also like',
      'you may also like',
      'more stories',
      'more on this story',
      'must read', // seen: metro
      'latest stories', // seen: theintercept
      "don't miss", // seen: mirror, ndtv
      'don’t miss',
      'popular videos', // seen: independent
      'latest videos',
      'most viewed',
      'more top stories',
    ],
    de: ['verwandte artikel', 'das könnte dich auch interessieren', 'meistgelesen', 'meistgelesene artikel', 'mehr zum thema', 'das könnte sie auch interessieren', 'auch interessant', 'weitere artikel', 'empfehlungen'], // seen: tagesschau, faz ("Mehr zum Thema"), br24 ("Das könnte Sie auch interessieren")
    fr: ['les plus lus', 'à lire aussi', 'sur le même sujet', 'lire aussi', 'les plus partagés', 'à la une', 'à lire également'], // seen: lesechos ("Les plus lus", "À la Une")
    es: ['lo más leído', 'lo más visto', 'te puede interesar', 'noticias relacionadas', 'más noticias', 'más leídas', 'te recomendamos'],
    it: ['i più letti', 'più letti', 'potrebbe interessarti', 'leggi anche', 'ti potrebbe interessare', 'raccomandati per te', 'più visti', 'ti consigliamo'], // seen: repubblica ("Raccomandati per te")
    pt: ['mais lidas', 'mais lidos', 'leia também', 'veja também', 'relacionadas', 'mais vistos', 'recomendados'],
    pl: ['najczęściej czytane', 'zobacz także', 'zobacz również', 'zobacz też', 'czytaj też', 'czytaj także', 'polecane', 'polecamy', 'przeczytaj również'], // seen: sportowefakty ("Zobacz również")
  },
  contains: {},
  prefix: {
    en: ['more from ', 'latest from ', 'recommended from '], // seen: telegraph, reuters, foxnews ("More from …"), nationalpost ("Recommended from Editorial")
    de: ['mehr aus dem ressort', 'mehr aus ', 'mehr von '], // seen: tagesschau ("Mehr von <author>")
    fr: ['plus d’articles', "plus d'articles"],
    es: ['más noticias de '],
    it: ['altre notizie'],
    pt: ['mais notícias de '],
    pl: ['więcej artykułów'],
  },
};

/**
 * In-house promotions are mostly recognised by class/id names: their wording is the publisher's own. The one
 * wording they share is the magazine plug ("Current Issue — View our current issue", seen: thenation).
 */
export const PROMO_PHRASES: PhraseTable = {
  exact: {
    en: ['current issue', 'our latest issue'],
    de: ['aktuelle ausgabe', 'die aktuelle ausgabe'],
    fr: ['dernier numéro', 'le numéro de la semaine'],
    es: ['último número'],
    it: ['ultimo numero'],
    pt: ['última edição'],
    pl: ['najnowszy numer'],
  },
  contains: {},
};

/** Lower-case, collapse whitespace, drop trailing punctuation and arrows, so "Donate →" reads "donate". */
export function normalizePhraseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
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
    for (const p of table.exact[lang] ?? []) exact.add(p);
    for (const p of table.contains[lang] ?? []) contains.push(p);
    for (const p of table.prefix?.[lang] ?? []) prefix.push(p);
  }
  return { exact, contains, prefix };
}

/** The phrase a normalized text matches, or null. */
export function matchPhrase(matcher: PhraseMatcher, normalized: string): string | null {
  if (matcher.exact.has(normalized)) return normalized;
  for (const p of matcher.contains) if (normalized.includes(p)) return p;
  for (const p of matcher.prefix) if (normalized.startsWith(p)) return p;
  return null;
}
