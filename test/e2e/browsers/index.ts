import type { BrowserConfig } from '../driver';
import { CHROMIUM } from './chromium';
import { FIREFOX } from './firefox';

/** The browsers every cross-browser suite runs in, one after the other (one browser at a time on a 2-core machine). */
export const BROWSERS: readonly BrowserConfig[] = [CHROMIUM, FIREFOX];
