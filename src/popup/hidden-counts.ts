/** The cleaning panel's words for what is hidden: "6 clutter items hidden". */
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../core/types';
import { plural, type Translate } from './i18n-core';

export function totalHidden(hidden: Record<ClutterCategory, number>): number {
  return CLUTTER_CATEGORIES.reduce((sum, category) => sum + (hidden[category] ?? 0), 0);
}

/** "6 clutter items hidden: 3 share bars, 2 ads, 1 newsletter prompt." — largest counts first. */
export function hiddenSummary(hidden: Record<ClutterCategory, number>, t: Translate, locale?: string): string {
  const total = totalHidden(hidden);
  if (total === 0) return t('noneHidden');
  const parts = CLUTTER_CATEGORIES.filter((category) => (hidden[category] ?? 0) > 0)
    .sort((a, b) => hidden[b] - hidden[a])
    .map((category) => plural(t, `count_${category}`, hidden[category], locale));
  return t('hiddenSummary', plural(t, 'hiddenTotal', total, locale), parts.join(', '));
}
