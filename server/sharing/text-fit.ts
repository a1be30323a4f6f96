// Text laid out on the server without a text engine: librsvg renders SVG text but does not wrap
// it, so lines are broken here by an estimate of each character's width. CJK characters are
// full-width (one em); Latin letters average a little over half an em in Noto Sans. A line
// estimated a few percent long still fits: every block keeps a margin for it.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Estimated advance of one character, in ems. */
export function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[ilj.,:;'!|ıf]/.test(ch)) return 0.3;
  if (/[mwMW@]/.test(ch)) return 0.85;
  if (/[A-Z0-9#%&]/.test(ch)) return 0.65;
  return 0.55;
}

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width` px: at spaces when there are
 * any, anywhere between CJK characters. The last line ends in "…" when text is left over.
 */
export function wrapText(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const words = tokens(text.replace(/\s+/g, ' ').trim());
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line === '' ? word.trimStart() : line + word;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') {
      lines.push(line.trimEnd());
      if (lines.length === maxLines) break;
      line = '';
      i--; // the word starts the next line
      continue;
    }
    // One word wider than the line on its own: cut it.
    line = ellipsize(word.trim(), fontSize, width, false);
    lines.push(line);
    line = '';
    if (lines.length === maxLines) {
      i++;
      break;
    }
  }
  if (line !== '' && lines.length < maxLines) {
    lines.push(line.trimEnd());
    i = words.length;
  }
  if (i < words.length && lines.length > 0) lines[lines.length - 1] = ellipsize(lines[lines.length - 1]!, fontSize, width, true);
  return lines;
}

/** `text` cut to fit `width` with a closing "…" (always one when `force`, as a sign of more). */
export function ellipsize(text: string, fontSize: number, width: number, force = false): string {
  if (!force && textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('') + '…', fontSize) > width) chars.pop();
  return chars.join('').trimEnd() + '…';
}

/** Words with their leading space, each CJK character a word of its own. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (WIDE.test(ch)) {
      if (current) out.push(current);
      out.push(ch);
      current = '';
    } else if (ch === ' ') {
      if (current) out.push(current);
      current = ' ';
    } else {
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Escapes text for an SVG (XML) text node or attribute. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Initials for a panel without a photo: the first two letters of the first two words, or the
 * first two characters of a CJK name ("Hainan Cherries" → "HC", "海南樱桃" → "海南").
 */
export function initials(name: string): string {
  const trimmed = name.trim();
  const first = [...trimmed][0] ?? '?';
  if (WIDE.test(first)) return [...trimmed].filter((c) => WIDE.test(c)).slice(0, 2).join('');
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const letters = words.slice(0, 2).map((w) => [...w.replace(/[^\p{L}\p{N}]/gu, '')][0] ?? '');
  return (letters.join('') || first).toUpperCase();
}
