/**
 * Knowing when this content script has been orphaned. When the extension is reloaded, updated or removed,
 * scripts already injected into open tabs keep running but can no longer reach the extension: `runtime.id`
 * turns undefined and every extension call throws "Extension context invalidated". Such a script must stop
 * touching the page, because nobody can undo what it does any more.
 */
import browser from '../shared/browser';

export function extensionIsAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** The errors browsers throw at an orphaned script (Chrome's wording; Firefox tears the script down instead). */
export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(message) || !extensionIsAlive();
}
