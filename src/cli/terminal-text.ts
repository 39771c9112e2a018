/**
 * Page text made safe and measurable for a terminal: control characters (which could carry escape sequences from
 * the page) removed, whitespace collapsed, widths counted in columns so CJK titles (asahi, hankookilbo) still line up.
 */

// C0/C1 controls and DEL; whitespace controls are collapsed first, so this only removes the invisible rest.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function terminalText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').replace(CONTROL, '').trim();
}

/** [first, last] code points drawn two columns wide (East Asian Wide/Fullwidth, emoji). */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd], // CJK extensions B+
];

const COMBINING = /\p{M}|\u200b|\u200c|\u200d|\ufeff/u;

function charWidth(char: string): number {
  if (COMBINING.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  return WIDE.some(([first, last]) => code >= first && code <= last) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Cuts text to at most `width` columns, ending with "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return out.trimEnd() + '…';
}

/** Pads text with spaces on the right to exactly `width` columns (text is assumed to fit). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
