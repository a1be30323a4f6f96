// What the poster and the preview cards share: fonts, colours, the pill badges for trust, and a
// stable colour per name for a panel without a photo.
import { textWidth, xml } from './text-fit';
import { fill, wordsFor, type ShareLanguage } from './words';

/** Noto Sans CJK (Debian's fonts-noto-cjk) first, so Chinese renders; DejaVu when it is absent. */
export const FONT = "'Noto Sans CJK SC', 'Noto Sans CJK', 'Noto Sans', 'DejaVu Sans', sans-serif";
export const INK = '#1d2433';
export const MUTED = '#5b6577';
export const ACCENT = '#c2410c';
export const PAPER = '#fbf8f3';

/** Panel colours for a product or member without a photo: calm, dark enough for white initials. */
const PANELS = ['#0f766e', '#1d4ed8', '#7c3aed', '#b45309', '#be123c', '#15803d', '#0369a1', '#9d174d'];

/** The panel colour of a name, the same every time (FNV-1a of its characters). */
export function panelColour(name: string, shift = 0): string {
  let h = 0x811c9dc5;
  for (const ch of name) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return PANELS[(h + shift) % PANELS.length]!;
}

export interface Pill {
  text: string;
  kind: 'trust' | 'unvouched' | 'new';
}

const PILL_COLOURS: Record<Pill['kind'], { fill: string; ink: string }> = {
  trust: { fill: '#0f766e', ink: '#fff' },
  unvouched: { fill: '#fde68a', ink: '#78350f' },
  new: { fill: '#e0e7ff', ink: '#3730a3' },
};

/** Pills in a row from (x, y), each sized to its words: "Trust 72.4", "unvouched", "new". */
export function pills(items: Pill[], x: number, y: number, size = 24): string {
  let at = x;
  const height = Math.round(size * 1.66);
  return items
    .map((p) => {
      const width = Math.ceil(textWidth(p.text, size) * 1.05) + size + 4;
      const { fill, ink } = PILL_COLOURS[p.kind];
      const svg =
        `<rect x="${at}" y="${y}" width="${width}" height="${height}" rx="${height / 2}" fill="${fill}"/>` +
        `<text x="${at + (size + 4) / 2}" y="${y + Math.round(height * 0.72)}" font-size="${size}" font-weight="700" fill="${ink}">${xml(p.text)}</text>`;
      at += width + 12;
      return svg;
    })
    .join('');
}

/** "Trust 72.4", then "unvouched" or "new" when they apply: the words, not a colour alone. */
export function trustPills(language: ShareLanguage, trust: { score: string; vouched: boolean; isNew: boolean }): Pill[] {
  const words = wordsFor(language).poster;
  const out: Pill[] = [{ text: fill(words.trust, { score: trust.score }), kind: 'trust' }];
  if (!trust.vouched) out.push({ text: words.unvouched, kind: 'unvouched' });
  if (trust.isNew) out.push({ text: words.new, kind: 'new' });
  return out;
}
