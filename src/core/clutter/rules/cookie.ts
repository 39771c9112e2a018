/**
 * Consent banners and cookie walls. Found and hidden only: Live Reader never clicks "accept" or "reject".
 * Most corpus pages inject their banner at runtime (CMP scripts), so the names below matter on live pages.
 */
import { COOKIE_PHRASES } from '../engine/phrases';
import type { ClutterRule } from '../engine/rule';

export const cookieRule: ClutterRule = {
  category: 'cookie',
  classWords: [
    'cookie',
    'cookies',
    'consent',
    'gdpr',
    'cmp', // generic consent-management-platform wrappers, Quantcast "qc-cmp2-…"
    'onetrust', // OneTrust "onetrust-banner-sdk", "onetrust-consent-sdk"
    'didomi', // Didomi "didomi-host", "didomi-popup"
    'sp-message', // Sourcepoint "sp_message_container_…"
    'usercentrics',
    'cookiebot',
    'truste',
    'trustarc',
    'cc-window', // cookieconsent.js
    'cc-banner',
  ],
  classWordPrefixes: ['cookie'],
  markers: [], // ids like "CybotCookiebotDialog", "usercentrics-root", "sp_message_iframe_…" are class/id words above
  inlineTagsAllowed: ['IFRAME'],
  phrases: COOKIE_PHRASES,
  // Banners are verbose (purposes, vendors) and carry several links (policy, partners, settings).
  box: { maxText: 2000, maxLinks: 8, minLinks: 0, needsAction: true },
  seedAlone: false,
  maxNonLinkTextByName: 2000,
  maxNonLinkTextByPhrase: 1500,
};
