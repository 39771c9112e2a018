/**
 * What a page's own links and buttons say it is: a news site names its sections in its menu (World, Politics,
 * Sport); a shop asks you to buy, a charity to donate, a newsletter to subscribe. Read by page/news-evidence.ts,
 * matched on a link or button's whole text, lower-cased with whitespace collapsed.
 */
import { LANGS, type PhraseTable, phrases } from './languages';

/**
 * Sections of a news site's menu, per language ("exact" only). A news site's menu links three or more of them;
 * a shop, a docs site or a personal blog at most one or two ("News", "Blog").
 * common: the section menus of general news publishers; seen: the corpus articles' menus (guardian, spiegel,
 * lemonde, elpais, corriere, rzeczpospolita).
 */
export const NEWS_SECTIONS: PhraseTable = {
  exact: {
    en:
      'world|world news|politics|business|economy|sport|sports|opinion|culture|science|health|entertainment|' +
      'weather|local|national|international|crime|environment|lifestyle|uk news|us news|europe|asia|africa|' +
      'middle east|markets|arts|obituaries|editorials|national news|local news',
    de: 'politik|wirtschaft|sport|kultur|meinung|ausland|inland|wissen|panorama|gesellschaft|regional|finanzen|feuilleton',
    fr: 'politique|économie|monde|société|culture|sport|sports|international|faits divers|idées|opinions|france|régions',
    es: 'política|economía|mundo|deportes|cultura|opinión|sociedad|internacional|nacionales|sucesos|espectáculos|nacional',
    it: 'politica|economia|esteri|cronaca|cultura|sport|spettacoli|opinioni|mondo|interni',
    pt: 'política|economia|mundo|esportes|desporto|cultura|opinião|sociedade|internacional|brasil|país',
    pl: 'polityka|gospodarka|świat|kraj|sport|kultura|opinie|ekonomia|społeczeństwo',
  },
  contains: {},
};

/**
 * Sections in languages the phrase tables do not cover yet (the tables' LANGS are the languages whose clutter
 * wording Live Reader knows; menus of news sites are read in more). Japanese, Russian, Ukrainian, Turkish, Dutch.
 */
const MORE_SECTIONS =
  '政治|経済|国際|社会|スポーツ|文化|科学|地域|' +
  'политика|экономика|в мире|мир|спорт|общество|культура|происшествия|' +
  'політика|економіка|світ|суспільство|' +
  'gündem|siyaset|ekonomi|dünya|spor|kültür|' +
  'binnenland|buitenland|politiek|economie|cultuur';

/** Every section word, all languages. */
export const SECTION_WORDS: ReadonlySet<string> = new Set([
  ...LANGS.flatMap((lang) => phrases(NEWS_SECTIONS.exact[lang])),
  ...phrases(MORE_SECTIONS),
]);

/**
 * Calls to action that say the page sells, asks for gifts or is a newsletter: matched in the text of links and
 * buttons ("contains", short texts only). News sites have some of these too ("Subscribe" to the paper), so they
 * only weigh against news together with the page's other features (news-evidence.ts).
 */
export const SHOP_CALLS: PhraseTable = {
  exact: {},
  contains: {
    en: 'buy now|add to cart|add to basket|free trial|buy it now|compare editions|see pricing|view pricing|upgrade now|order now|checkout',
    de: 'jetzt kaufen|in den warenkorb|kostenlos testen|zur kasse',
    fr: 'acheter maintenant|ajouter au panier|essai gratuit',
    es: 'comprar ahora|añadir al carrito|agregar al carrito|prueba gratuita',
    it: 'acquista ora|aggiungi al carrello|prova gratuita',
    pt: 'comprar agora|adicionar ao carrinho|teste grátis',
    pl: 'kup teraz|dodaj do koszyka|wypróbuj za darmo',
  },
};

/** Gifts asked for by a charity or an organisation's blog. */
export const DONATE_CALLS: PhraseTable = {
  exact: {
    en: 'donate|give now|donate now|give',
    de: 'spenden|jetzt spenden',
    fr: 'faire un don|donner',
    es: 'donar|dona',
    it: 'dona|dona ora',
    pt: 'doar|doe',
    pl: 'wpłać|przekaż darowiznę',
  },
  contains: {},
};

/** Sponsors asked for by a newsletter, a podcast or a person's open-source work ("Sponsor an issue"). */
export const SPONSOR_CALLS: PhraseTable = {
  exact: {
    en: 'sponsor|sponsor us|become a sponsor|sponsor an issue|sponsor this newsletter|sponsor the newsletter|sponsor me',
    de: 'sponsor werden',
    fr: 'devenir sponsor',
  },
  contains: {},
};

/** A newsletter's own page: its headline or title names an issue ("issue #130", "Ausgabe 12", "édition n°4"). */
export const NEWSLETTER_ISSUE =
  /(?<!\p{L})(issue|newsletter|ausgabe|édition|numéro|número|edición|edizione|numero|wydanie)\s*(?:n[°o.º]\s*)?#?\s*\d+(?!\p{L})/iu;
