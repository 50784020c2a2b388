/** Lines of a text with their offsets; the parsers work line by line. */
export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ text: text.slice(start, end), start, end });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** A list-item marker: "–", "-", "•", "*", "·" or "1." / "1)". */
export const BULLET = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+/;
