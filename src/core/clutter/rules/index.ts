/**
 * Every clutter category's rule, most specific first: when one element matches several categories
 * ("promo-box newsletter"), the earlier rule names it. A new category is a new file here and a line below.
 */
import type { ClutterRule } from '../engine/rule';
import { adRule } from './ad';
import { cookieRule } from './cookie';
import { donationRule } from './donation';
import { promoRule } from './promo';
import { relatedRule } from './related';
import { socialRule } from './social';
import { subscribeRule } from './subscribe';

export const CLUTTER_RULES: readonly ClutterRule[] = [cookieRule, adRule, subscribeRule, donationRule, socialRule, relatedRule, promoRule];
