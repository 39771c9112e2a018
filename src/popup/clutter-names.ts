/**
 * What each clutter category is called on the options page (its switches and their explanations). The popup
 * takes its words from _locales instead (cat_* and count_* messages); keep the two in step.
 */
import type { ClutterCategory } from '../core/types';

export interface ClutterName {
  /** One item: "1 ad". */
  one: string;
  /** Several: "2 ads". */
  other: string;
  /** Options page switch label and its explanation. */
  label: string;
  hint: string;
}

export const CLUTTER_NAMES: Record<ClutterCategory, ClutterName> = {
  ad: { one: 'ad', other: 'ads', label: 'Ads', hint: 'Ad slots, sponsored boxes and sponsored items in news feeds.' },
  donation: { one: 'donation ask', other: 'donation asks', label: 'Donation asks', hint: '“Support our journalism” and membership appeals.' },
  subscribe: { one: 'newsletter prompt', other: 'newsletter prompts', label: 'Newsletter and subscribe prompts', hint: 'Sign-up boxes, subscription offers and pop-ups.' },
  cookie: { one: 'cookie banner', other: 'cookie banners', label: 'Cookie banners', hint: 'Consent walls and cookie notices. Hiding one does not accept or refuse anything.' },
  social: { one: 'share bar', other: 'share bars', label: 'Share bars', hint: 'Share buttons and “follow us” boxes.' },
  related: { one: 'more-stories box', other: 'more-stories boxes', label: '“More stories” boxes', hint: '“Most read”, “Related” and “You might also like” lists.' },
  promo: { one: 'promotion', other: 'promotions', label: 'Promotions', hint: 'App download banners and the site’s own promotions.' },
};
