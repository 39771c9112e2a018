/** The tab the popup was asked to show (`popup.html?tabId=N`), or null for "the active tab". */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
