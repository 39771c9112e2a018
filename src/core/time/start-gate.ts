/**
 * The first-character gate: which characters a match of some patterns can start with, read from the patterns
 * themselves. Most texts a page walk asks about start with none of them, and one table lookup is far cheaper than
 * normalizing the text and trying every pattern. A new row in a table widens its gate by itself.
 */

/**
 * The characters a leading stamp can start with, read from the patterns themselves (a new row in
 * time-formats.ts widens them by itself): most texts the page walk asks about start with none of them, and one
 * table lookup is far cheaper than normalizing the text and trying every pattern.
 */
export class StartGate {
  /** Null: any character may start a match (a pattern this reading cannot follow). */
  private readonly starts: ReadonlySet<string> | null;
  /** The answer for each printable ASCII first character, worked out once. */
  private readonly ascii: boolean[] = [];

  constructor(patterns: readonly RegExp[]) {
    let starts: Set<string> | null = new Set();
    for (const pattern of patterns) {
      const first = firstCharacters(pattern.source, pattern.flags.includes('i'));
      starts = first && starts ? new Set([...starts, ...first]) : null;
    }
    this.starts = starts;
    for (let code = 0; code < 128; code++) this.ascii.push(this.allows(String.fromCharCode(code)));
  }

  /** False only when no pattern can match at the start of normalize(text) (whose first character is text's first non-space one). */
  mayStart(text: string): boolean {
    const code = text.charCodeAt(0);
    // Printable ASCII: not a space, so normalize() keeps it first.
    if (code > 32 && code < 128) return this.ascii[code]!;
    const first = /\S/u.exec(text)?.[0];
    return first === undefined || this.allows(first);
  }

  private allows(first: string): boolean {
    const starts = this.starts;
    // Both case mappings: a case-insensitive pattern's "s" also matches "S" and "ſ", its "k" the Kelvin sign.
    return !starts || starts.has(first) || starts.has(first.toLowerCase()) || starts.has(first.toUpperCase().toLowerCase());
  }
}

/**
 * A test of a text's first character: false only when none of `patterns` (anchored at the start) can match a
 * text that starts with it. For gates before reading a long text (timestamps, posts): pass the first character
 * normalizeSpace keeps (text.ts firstTextChar, firstVisibleChar), or '' for no text, which is never a match.
 */
export function startGate(patterns: readonly RegExp[]): (first: string) => boolean {
  const gate = new StartGate(patterns);
  return (first) => first !== '' && gate.mayStart(first);
}

const DIGITS = '0123456789';

interface Start {
  /** Characters a match can start with (lower case when `ignoreCase`); null: any. */
  chars: Set<string> | null;
  /** Whether the part can match the empty string (then what follows it can start the match too). */
  empty: boolean;
}

/**
 * The characters a match of a regex source can start with (export for the test that checks it), or null when
 * the source uses something this reading does not follow (a negated or Unicode class, `.`, `\w`, `\s`): then
 * any character may. Reads alternations, groups, lookarounds (zero-width), classes of literals and ranges,
 * `\d`, escaped literals and quantifiers.
 */
export function firstCharacters(source: string, ignoreCase: boolean): Set<string> | null {
  let i = 0;
  const lower = (c: string): string => (ignoreCase ? c.toLowerCase() : c);
  const unknown = (): never => {
    throw new Error('unknown');
  };
  const union = (a: Set<string> | null, b: Set<string> | null): Set<string> | null => (a && b ? new Set([...a, ...b]) : null);

  function alternation(): Start {
    let result: Start = { chars: new Set(), empty: false };
    for (;;) {
      const seq = sequence();
      result = { chars: union(result.chars, seq.chars), empty: result.empty || seq.empty };
      if (source[i] === '|') i++;
      else return result;
    }
  }

  function sequence(): Start {
    let chars: Set<string> | null = new Set();
    let empty = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const term = quantified();
      if (empty) chars = union(chars, term.chars);
      empty = empty && term.empty;
    }
    return { chars, empty };
  }

  function quantified(): Start {
    const term = atom();
    const q = source[i];
    let optional = false;
    if (q === '?' || q === '*') {
      optional = true;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
      if (!m) unknown();
      optional = Number(m![1]) === 0;
      i += m![0].length;
    }
    if (q !== undefined && '?*+{'.includes(q) && source[i] === '?') i++; // lazy
    return { chars: term.chars, empty: term.empty || optional };
  }

  function atom(): Start {
    const c = source[i]!;
    if (c === '^' || c === '$') {
      i++;
      return { chars: new Set(), empty: true };
    }
    if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(i, i + 4));
      const named = /^\(\?<[A-Za-z_]\w*>/.exec(source.slice(i));
      i += lookaround ? lookaround[0].length : named ? named[0].length : source.startsWith('(?:', i) ? 3 : 1;
      const inner = alternation();
      if (source[i] !== ')') unknown();
      i++;
      return lookaround ? { chars: new Set(), empty: true } : inner;
    }
    if (c === '[') return characterClass();
    if (c === '\\') return escaped();
    if (c === '|' || c === ')') unknown();
    if (c === '.') {
      i++;
      return { chars: null, empty: false };
    }
    const point = String.fromCodePoint(source.codePointAt(i)!);
    i += point.length;
    return { chars: new Set([lower(point)]), empty: false };
  }

  function escaped(): Start {
    const c = source[i + 1];
    i += 2;
    if (c === 'b' || c === 'B') return { chars: new Set(), empty: true };
    if (c === 'd') return { chars: new Set(DIGITS), empty: false };
    if (c !== undefined && /[.*+?^${}()|[\]\\/\-'’]/.test(c)) return { chars: new Set([lower(c)]), empty: false };
    if (c === 'p' || c === 'P') {
      const end = source.indexOf('}', i);
      if (source[i] !== '{' || end < 0) unknown();
      i = end + 1;
    } else if (c === 'u' || c === 'x') unknown();
    // \s, \w, \p{L} and the like: any of many characters.
    return { chars: null, empty: false };
  }

  function characterClass(): Start {
    i++;
    const negated = source[i] === '^';
    if (negated) i++;
    const chars = new Set<string>();
    let wide = false;
    while (i < source.length && source[i] !== ']') {
      let c: string;
      if (source[i] === '\\') {
        const e = source[i + 1];
        i += 2;
        if (e === 'd') {
          for (const d of DIGITS) chars.add(d);
          continue;
        }
        if (e === 'p' || e === 'P') {
          const end = source.indexOf('}', i);
          if (source[i] !== '{' || end < 0) unknown();
          i = end + 1;
          wide = true;
          continue;
        }
        if (e === 'w' || e === 'W' || e === 's' || e === 'S' || e === 'D') {
          wide = true;
          continue;
        }
        if (e === undefined || !/[.*+?^${}()|[\]\\/\-'’]/.test(e)) unknown();
        c = e!;
      } else {
        c = String.fromCodePoint(source.codePointAt(i)!);
        i += c.length;
      }
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined && source[i + 1] !== '\\') {
        const end = String.fromCodePoint(source.codePointAt(i + 1)!);
        i += 1 + end.length;
        for (let code = c.codePointAt(0)!; code <= end.codePointAt(0)!; code++) chars.add(lower(String.fromCodePoint(code)));
      } else chars.add(lower(c));
    }
    if (source[i] !== ']') unknown();
    i++;
    return { chars: negated || wide ? null : chars, empty: false };
  }

  try {
    const start = alternation();
    if (i !== source.length) return null;
    // A pattern that can match the empty string matches before any character.
    return start.empty ? null : start.chars;
  } catch {
    return null;
  }
}
