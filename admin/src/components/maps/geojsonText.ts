/**
 * The GeoJSON field's text: parsing what the editor typed (and where it stops being JSON, as line and
 * column), and the text shown for a stored value. Pure, so it is tested without a browser.
 */
export type ParseResult =
  | { ok: true; value: unknown }
  | { ok: false; empty: true }
  | { ok: false; empty: false; detail: string; line: number | null; column: number | null };

/**
 * The offset where `text` stops being JSON, found by a strict scanner (engines word JSON.parse errors
 * differently, and V8 often gives no position at all). Null when the scanner finds nothing wrong.
 */
export const jsonErrorOffset = (text: string): number | null => {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          i++;
          fail();
        }
        i += 2;
        continue;
      }
      if (c < ' ') fail();
      i++;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') return string();
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== '-') {
      i += number[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (at) {
    return typeof at === 'number' ? at : null; // a RangeError: nesting too deep to scan
  }
};

const lineAndColumn = (text: string, offset: number) => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
};

/** Parses the editor's text; a failure says where (line and column, 1-based) and what the engine said. */
export const parseGeoJsonText = (text: string): ParseResult => {
  if (text.trim() === '') return { ok: false, empty: true };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // The engine's own position ("in JSON at position 34 (line 3 column 3)") is replaced by ours.
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.replace(/\s*in JSON at position \d+(?:\s*\(line \d+ column \d+\))?/, '') || message;
    let offset = jsonErrorOffset(text);
    if (offset === null) {
      const match = /position (\d+)/.exec(message);
      offset = match ? Number(match[1]) : null;
    }
    if (offset === null) return { ok: false, empty: false, detail, line: null, column: null };
    return { ok: false, empty: false, detail, ...lineAndColumn(text, Math.min(offset, text.length)) };
  }
};

/**
 * The text the editor sees for a stored value: objects pretty-printed with each position (any array of
 * numbers) kept on one line, so a ring reads as a list of points; a string as it is.
 */
export const textOf = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Positions go through as marked strings, then lose their quotes (string values are never touched).
  const marked = JSON.stringify(
    value,
    (_, v: unknown) =>
      Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === 'number' && Number.isFinite(n)) ? `\u0000${v.join(', ')}\u0000` : v,
    2,
  );
  return marked.replace(/"\\u0000([^"]*)\\u0000"/g, '[$1]');
};
