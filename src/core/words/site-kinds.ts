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
 * A newsroom's own pages, linked from its menus and footers: its staff, its corrections, its print edition, readers'
 * letters (common: the footers of general news publishers). A blog, a shop or a docs site has none of them; matched
 * "exact" on a link's whole text.
 */
export const NEWSROOM_PAGES: PhraseTable = {
  exact: {
    en:
      'corrections|editorial standards|editorial guidelines|ethics policy|masthead|send us a tip|submit a tip|news tips|' +
      'contact the newsroom|newsroom|our journalists|e-edition|epaper|e-paper|print edition|todays paper|today’s paper|' +
      "today's paper|letters to the editor|editorial team|meet the team",
    de: 'redaktion|chefredaktion|leserbriefe|e-paper|epaper|korrekturen|redaktionelle leitlinien|unsere redaktion|zeitungsarchiv',
    fr: 'la rédaction|rédaction|courrier des lecteurs|édition numérique|journal numérique|e-journal|charte éditoriale|nos journalistes',
    es: 'redacción|fe de errores|cartas al director|hemeroteca|edición impresa|kiosko|libro de estilo|nuestros periodistas',
    it: 'redazione|lettere al direttore|edizione digitale|sfoglia il giornale|gerenza|la redazione',
    pt: 'redação|expediente|fale com a redação|edição impressa|cartas do leitor|edição digital',
    pl: 'redakcja|e-wydanie|listy do redakcji|wydanie cyfrowe|zespół redakcyjny',
  },
  contains: {},
};

/**
 * Calls to action that say the page sells, asks for gifts or is a newsletter: matched in the text of links and
 * buttons ("contains", short texts only). News sites have some of these too ("Subscribe" to the paper), so they
 * only weigh against news together with the page's other features (news-evidence.ts).
 */
export const SHOP_CALLS: PhraseTable = {
  exact: {},
  contains: {
    en:
      'buy now|add to cart|add to basket|add to bag|add to wishlist|add to wish list|free trial|buy it now|compare editions|' +
      'see pricing|view pricing|upgrade now|order now|checkout',
    de: 'jetzt kaufen|in den warenkorb|auf den merkzettel|auf die wunschliste|kostenlos testen|zur kasse',
    fr: 'acheter maintenant|ajouter au panier|ajouter à ma liste d’envies|essai gratuit',
    es: 'comprar ahora|añadir al carrito|agregar al carrito|añadir a la lista de deseos|prueba gratuita',
    it: 'acquista ora|aggiungi al carrello|aggiungi alla lista desideri|prova gratuita',
    pt: 'comprar agora|adicionar ao carrinho|adicionar à lista de desejos|teste grátis',
    pl: 'kup teraz|dodaj do koszyka|dodaj do listy życzeń|wypróbuj za darmo',
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

/*
 * The furniture of kinds of sites that are not news, matched on the whole text of a link, a button or a heading
 * (lower-cased, a count before or after dropped: "Issues 42" → "issues", "1,381 commits" → "commits"). Each is
 * the software's own wording, which a newsroom's pages do not carry; news-evidence.ts asks for several distinct
 * phrases of one table before it counts it, so one "Discussion" link or "FAQ" in a news site's footer does not.
 * common: the default wording of the software named (MediaWiki, WordPress, phpBB/XenForo/Discourse, GitHub/GitLab/
 * Gitea, docs generators such as Docusaurus and MkDocs); seen: the fixture written from it.
 */

/** A wiki's page tools (common: MediaWiki, Fandom, DokuWiki; seen: test/cases/other-wiki-article). */
export const WIKI_TOOLS: PhraseTable = {
  exact: {
    en:
      'edit|edit source|view source|view history|history|talk|discussion|what links here|related changes|recent changes|' +
      'random page|permanent link|page information|special pages|upload file|old revisions',
    de: 'bearbeiten|quelltext bearbeiten|versionsgeschichte|diskussion|links auf diese seite|letzte änderungen|zufälliger artikel|permanenter link|seiteninformationen',
    fr: 'modifier|modifier le code|voir l’historique|historique|discussion|pages liées|modifications récentes|page au hasard|lien permanent|informations sur la page',
    es: 'editar|editar código|ver historial|historial|discusión|lo que enlaza aquí|cambios recientes|página aleatoria|enlace permanente|información de la página',
    it: 'modifica|modifica wikitesto|cronologia|discussione|puntano qui|ultime modifiche|una voce a caso|link permanente|informazioni pagina',
    pt: 'editar|editar código-fonte|ver histórico|histórico|discussão|páginas afluentes|mudanças recentes|página aleatória|ligação permanente|informações da página',
    pl: 'edytuj|edytuj kod źródłowy|historia|dyskusja|linkujące|ostatnie zmiany|losuj artykuł|link do tej wersji|informacje o tej stronie',
  },
  contains: {},
};

/**
 * The tabs and counts of a project on a code-hosting site (common: GitHub, GitLab, Gitea, Codeberg; seen:
 * test/cases/other-software-project). Sites show them in English whatever the reader's language.
 */
export const CODE_HOST_TABS: PhraseTable = {
  exact: {
    en: 'issues|pull requests|merge requests|commits|releases|fork|forks|star|stars|stargazers|contributors|branches|clone|tags|watch|insights',
  },
  contains: {},
};

/** A documentation site's menu and page tools (common: Docusaurus, MkDocs, Read the Docs, Sphinx; seen: test/cases/other-docs-changelog). */
export const DOCS_MENU: PhraseTable = {
  exact: {
    en:
      'documentation|docs|getting started|get started|installation|install|quick start|quickstart|api reference|api|' +
      'cli reference|reference|tutorials|guides|changelog|release notes|configuration|edit this page|edit on github|' +
      'improve this page|on this page|faq',
    de: 'dokumentation|erste schritte|installation|schnellstart|api-referenz|referenz|anleitungen|änderungsprotokoll|konfiguration|diese seite bearbeiten',
    fr: 'documentation|premiers pas|installation|démarrage rapide|référence de l’api|référence|tutoriels|guides|journal des modifications|configuration|modifier cette page',
    es: 'documentación|primeros pasos|instalación|inicio rápido|referencia de la api|referencia|tutoriales|guías|registro de cambios|configuración|editar esta página',
    it: 'documentazione|primi passi|installazione|guida rapida|riferimento api|riferimento|tutorial|guide|registro delle modifiche|configurazione|modifica questa pagina',
    pt: 'documentação|primeiros passos|instalação|início rápido|referência da api|referência|tutoriais|guias|registro de alterações|configuração|editar esta página',
    pl: 'dokumentacja|pierwsze kroki|instalacja|szybki start|dokumentacja api|konfiguracja|poradniki|lista zmian|edytuj tę stronę',
  },
  contains: {},
};

/**
 * A forum's buttons on each post and on the thread (common: phpBB, vBulletin, XenForo, Discourse; seen:
 * test/cases/other-forum-thread). "quote" is what each post offers; the rest are the thread's own.
 */
export const FORUM_POST_QUOTE: PhraseTable = {
  exact: { en: 'quote', de: 'zitieren', fr: 'citer', es: 'citar', it: 'cita', pt: 'citar', pl: 'cytuj|cytat' },
  contains: {},
};
export const FORUM_THREAD_CALLS: PhraseTable = {
  exact: {
    en: 'post reply|reply to thread|watch thread|new thread|post new thread|new topic|start a new topic|reply to topic|unwatch thread',
    de: 'neues thema|thema beobachten|antwort erstellen',
    fr: 'répondre au sujet|nouveau sujet|suivre le sujet',
    es: 'responder al tema|nuevo tema|seguir tema',
    it: 'rispondi alla discussione|nuova discussione|segui discussione',
    pt: 'responder ao tópico|novo tópico|seguir tópico',
    pl: 'odpowiedz w wątku|nowy wątek|nowy temat|obserwuj wątek',
  },
  contains: {},
};

/** A recipe's two parts, as its headings name them (common: recipe plugins of blog engines; seen: test/cases/other-recipe-blog). */
export const RECIPE_INGREDIENTS: PhraseTable = {
  exact: {
    en: 'ingredients',
    de: 'zutaten',
    fr: 'ingrédients',
    es: 'ingredientes',
    it: 'ingredienti',
    pt: 'ingredientes',
    pl: 'składniki',
  },
  contains: {},
};
export const RECIPE_METHOD: PhraseTable = {
  exact: {
    en: 'method|instructions|directions|preparation|steps',
    de: 'zubereitung|anleitung',
    fr: 'préparation|étapes',
    es: 'preparación|elaboración|instrucciones',
    it: 'preparazione|procedimento',
    pt: 'modo de preparo|preparo|preparação',
    pl: 'przygotowanie|sposób przygotowania',
  },
  contains: {},
};

/**
 * A blog engine's furniture: its widgets and links between posts (common: WordPress and Blogger defaults; seen:
 * test/cases/other-tech-blog). Weak: some news sites run on blog engines and keep a widget or two.
 */
export const BLOG_FURNITURE: PhraseTable = {
  exact: {
    en:
      'recent posts|recent comments|archives|blog archive|categories|blogroll|older posts|newer posts|previous post|next post|' +
      'leave a reply|leave a comment|popular posts|all posts',
    de: 'neueste beiträge|neueste kommentare|archive|kategorien|ältere beiträge|neuere beiträge|vorheriger beitrag|nächster beitrag|hinterlasse einen kommentar|schreibe einen kommentar',
    fr: 'articles récents|commentaires récents|archives|catégories|articles plus anciens|article précédent|article suivant|laisser un commentaire',
    es: 'entradas recientes|comentarios recientes|archivos|categorías|entradas anteriores|entrada anterior|siguiente entrada|deja un comentario|dejar un comentario',
    it: 'articoli recenti|commenti recenti|archivi|categorie|articoli meno recenti|articolo precedente|articolo successivo|lascia un commento',
    pt: 'posts recentes|comentários recentes|arquivos|categorias|posts mais antigos|post anterior|próximo post|deixe um comentário',
    pl: 'ostatnie wpisy|najnowsze komentarze|archiwa|kategorie|starsze wpisy|poprzedni wpis|następny wpis|dodaj komentarz',
  },
  contains: {},
};

/**
 * A person speaking of their own site in the first person: a newsroom says "we" and "us" ("About us", "Contact us"),
 * a person "me" and "my" (seen: test/cases/other-tech-blog; common: personal sites' menus and sidebars).
 */
export const FIRST_PERSON: PhraseTable = {
  exact: {},
  contains: {
    en:
      'about me|contact me|follow me|hire me|work with me|subscribe to my|my newsletter|my projects|my talks|my book|' +
      'my contact page|buy me a coffee|support me|sponsor me|who am i',
    de: 'über mich|kontaktiere mich|folge mir|mein newsletter|meine projekte',
    fr: 'à propos de moi|me contacter|suivez-moi|ma newsletter|mes projets',
    es: 'sobre mí|acerca de mí|contáctame|sígueme|mi newsletter|mis proyectos',
    it: 'chi sono|contattami|seguimi|la mia newsletter|i miei progetti',
    pt: 'sobre mim|fale comigo|siga-me|minha newsletter|meus projetos',
    pl: 'o mnie|napisz do mnie|obserwuj mnie|mój newsletter|moje projekty',
  },
};

/** A product page's own sections (common: shop systems' product templates; seen: test/cases/other-shop-reviews). */
export const PRODUCT_PAGE: PhraseTable = {
  exact: {
    en:
      'customer reviews|write a review|customers also bought|customers also viewed|frequently bought together|product details|' +
      'specifications|shipping & returns|shipping and returns|delivery & returns|size guide',
    de: 'kundenbewertungen|bewertung schreiben|kunden kauften auch|produktdetails|technische daten|versand & rückgabe|größentabelle',
    fr: 'avis clients|écrire un avis|les clients ont aussi acheté|détails du produit|caractéristiques|livraison et retours|guide des tailles',
    es: 'opiniones de clientes|escribir una opinión|los clientes también compraron|detalles del producto|especificaciones|envíos y devoluciones|guía de tallas',
    it: 'recensioni clienti|scrivi una recensione|i clienti hanno acquistato anche|dettagli prodotto|specifiche|spedizione e resi|guida alle taglie',
    pt: 'avaliações de clientes|escrever uma avaliação|quem comprou também comprou|detalhes do produto|especificações|envio e devoluções|guia de tamanhos',
    pl: 'opinie klientów|napisz opinię|klienci kupili również|szczegóły produktu|specyfikacja|dostawa i zwroty|tabela rozmiarów',
  },
  contains: {},
};

/**
 * A heading that is a version number: release notes ("v3.2.0", "Version 2.4", "1.18.0 (2024-05-01)"). Bare numbers
 * need three parts, the last short: "12.31 Uhr" is a ticker's clock and "12.03.2024" a date.
 */
export const VERSION_HEADING = /^(?:(?:v|version\s*|release\s*)\d+\.\d+(?:\.\d+)*|\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])/i;
