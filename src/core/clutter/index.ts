/**
 * The clutter search, as the rest of the extension uses it. The engine (engine/) finds boxes and guards the content;
 * what each category looks like is data in its own rule file (rules/).
 */

export { ContentGuard, type GuardedContent } from './engine/guard';
export { findBackdrops, type OverlayStyle, type StyleProbe } from './engine/overlays';
export { countByCategory, findClutter, findClutterIn, mergeFindings } from './engine/search';
