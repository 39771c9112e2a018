/** Clutter decisions across every category. (Stub: replaced by the clutter work.) */
import type { ClutterFinding } from '../types';

export function findClutter(_doc: Document, _content: readonly Element[]): ClutterFinding[] {
  return [];
}
