/** Words of the parts of a post that are not its text: the byline, the share tools, the permalink. */
import type { NameWords } from './languages';

/** Byline prefixes: "By Deborah Haynes, security editor" → Deborah Haynes. */
export const BYLINE_PREFIX = /^(by|von|par|di|de|por|przez|autor(?:in)?:?|author:?)\s+/i;
/** Class/id words of bylines. */
export const AUTHOR_NAME_WORDS: readonly string[] = ['author', 'byline', 'contributor', 'writer', 'reporter', 'autor', 'auteur', 'firma'];

/** Class/id words of share bars and post tools whose text is not part of the post body. */
export const POST_TOOL_NAMES: NameWords = {
  words: ['share', 'sharing', 'social', 'copy-link', 'copylink', 'permalink', 'tools', 'actions', 'reactions', 'comments-count'],
  prefixes: [],
};
/** Texts of links that are a post's own permalink. */
export const PERMALINK_LABELS = /^(copy link|link|permalink|share|link kopieren|copier le lien|copia link|copiar enlace|kopiuj link)$/i;
