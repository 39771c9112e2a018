/**
 * What each clutter category is called in the UI (popup summary, options switches), in one table so both
 * pages use the same words.
 */
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../core/types';

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

function countPhrase(count: number, category: ClutterCategory): string {
  const name = CLUTTER_NAMES[category];
  return `${count} ${count === 1 ? name.one : name.other}`;
}

export function totalHidden(hidden: Record<ClutterCategory, number>): number {
  return CLUTTER_CATEGORIES.reduce((sum, category) => sum + (hidden[category] ?? 0), 0);
}

/** "6 clutter items hidden: 2 ads, 1 newsletter prompt, 3 share bars" — largest counts first. */
export function hiddenSummary(hidden: Record<ClutterCategory, number>): string {
  const total = totalHidden(hidden);
  if (total === 0) return 'No clutter hidden on this page.';
  const parts = CLUTTER_CATEGORIES.filter((category) => (hidden[category] ?? 0) > 0)
    .sort((a, b) => hidden[b] - hidden[a])
    .map((category) => countPhrase(hidden[category], category));
  return `${total} clutter ${total === 1 ? 'item' : 'items'} hidden: ${parts.join(', ')}.`;
}
