/**
 * Login and paywall nags ("Sign in to continue", "Already a subscriber?", "Ce contenu est réservé aux abonnés"):
 * a box that stands where the story stops, with a pitch, a list of what a subscription brings and the buttons.
 * It runs longer than a sign-up box (seen: nationalpost's wall, three pitches of ~600 characters each), so its
 * wording starts a box of its own, larger shape; the box still stops before the story's paragraphs.
 */
import { type PhraseTable, tablePhrases } from '../../words/languages';
import { linePattern, lineSeeds } from '../engine/lines';
import type { BoxShape, Seed } from '../engine/rule';
import type { Survey } from '../engine/survey';

/** What a login or paywall nag says, anywhere in a short text. */
export const WALL_PHRASES: PhraseTable = {
  exact: {},
  contains: {
    // "reserved for subscribers" seen: nationalpost ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "REGISTER / SIGN IN TO
    // UNLOCK MORE ARTICLES")
    en:
      'reserved for subscribers|subscribers only|exclusive to subscribers|for subscribers only|sign in to continue|' +
      'log in to continue|sign in to unlock|log in to unlock|to unlock more articles|subscribe to continue|subscribe to read|' +
      'subscribe to keep reading|already a subscriber|already have an account|free articles left|free article limit|' +
      'reached your limit of free|register to continue',
    de:
      'nur für abonnenten|exklusiv für abonnenten|bereits abonnent|schon abonnent|weiterlesen mit|zum weiterlesen anmelden|' +
      'anmelden und weiterlesen|registrieren und weiterlesen|haben sie bereits ein konto|dieser artikel ist nur',
    fr:
      'réservé aux abonnés|réservée aux abonnés|déjà abonné|connectez-vous pour continuer|connectez-vous pour lire|' +
      'abonnez-vous pour lire|de cet article à lire|pour lire la suite|la suite est réservée',
    es:
      'exclusivo para suscriptores|ya eres suscriptor|ya soy suscriptor|inicia sesión para continuar|' +
      'suscríbete para seguir leyendo|regístrate para seguir leyendo|inicia sesión para seguir leyendo|este contenido es exclusivo',
    it:
      'riservato agli abbonati|già abbonato|accedi per continuare|abbonati per continuare|accedi per leggere|' +
      'abbonati per leggere|contenuto riservato',
    pt:
      'exclusivo para assinantes|já é assinante|já sou assinante|faça login para continuar|inicie sessão para continuar|' +
      'assine para continuar|conteúdo exclusivo para',
    pl:
      'tylko dla subskrybentów|masz już konto|masz już subskrypcję|zaloguj się, aby czytać|zaloguj się, aby kontynuować|' +
      'wykup dostęp|kup dostęp|dostępny tylko dla',
  },
};

/** A wall: a pitch or two, a list of benefits, sign-in and subscribe buttons; never the story beside it. */
const WALL_BOX: BoxShape = { maxText: 2500, maxLinks: 8, minLinks: 0, needsAction: true, stopsAtProse: true };

const WALL_LINE = linePattern(tablePhrases(WALL_PHRASES, 'contains'));

/** Every short line that speaks as a login or paywall nag. */
export function wallSeeds(survey: Survey): Seed[] {
  return lineSeeds(survey, WALL_LINE, 'login or paywall nag', WALL_BOX);
}
