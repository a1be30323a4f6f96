// Pictures for the demo market, drawn as SVG at seed time and never downloaded: a product's
// photo is its category's colours, a few shapes placed by the seeded generator and the product's
// initials; an avatar is a colour from the member's handle and their initials; a recommendation's
// photo is the parcel as it arrived. Letters are drawn from a built-in 5×7 block font, not a
// system font, so the same seed draws the same pixels on every machine (fonts differ between
// machines, and a missing one would draw nothing).
import { DemoRandom } from './prng';

const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
  C: ['01111', '10000', '10000', '10000', '10000', '10000', '01111'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  G: ['01111', '10000', '10000', '10011', '10001', '10001', '01111'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  I: ['11111', '00100', '00100', '00100', '00100', '00100', '11111'],
  J: ['00111', '00010', '00010', '00010', '00010', '10010', '01100'],
  K: ['10001', '10010', '10100', '11000', '10100', '10010', '10001'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  Q: ['01110', '10001', '10001', '10001', '10101', '10010', '01101'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  U: ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
  V: ['10001', '10001', '10001', '10001', '10001', '01010', '00100'],
  W: ['10001', '10001', '10001', '10101', '10101', '10101', '01010'],
  X: ['10001', '10001', '01010', '00100', '01010', '10001', '10001'],
  Y: ['10001', '10001', '01010', '00100', '00100', '00100', '00100'],
  Z: ['11111', '00001', '00010', '00100', '01000', '10000', '11111'],
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
};

/** Category colours: background from, background to, shapes. Unknown categories get the last. */
const PALETTES: Readonly<Record<string, readonly [string, string, string]>> = {
  'fresh-fruit': ['#ffb347', '#ff6f3c', '#ffe29a'],
  tea: ['#6a994e', '#386641', '#d9ed92'],
  kitchen: ['#8d99ae', '#2b2d42', '#edf2f4'],
  beauty: ['#f4acb7', '#9d8189', '#ffe5d9'],
  electronics: ['#4361ee', '#3a0ca3', '#4cc9f0'],
  baby: ['#a2d2ff', '#bde0fe', '#ffafcc'],
  snacks: ['#e9c46a', '#e76f51', '#f4a261'],
  other: ['#9b5de5', '#00bbf9', '#fee440'],
};

const AVATAR_COLOURS = ['#e63946', '#f4a261', '#2a9d8f', '#264653', '#6a4c93', '#1982c4', '#8ac926', '#ff595e', '#6d597a', '#b56576', '#355070', '#e76f51'];

/** Up to two letters or digits: the first of the first two words ("Hainan Guifei Mangoes" → "HG"). */
export function initialsOf(name: string): string {
  const words = name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const letters = words.slice(0, 2).map((w) => w[0]!);
  return (letters.join('') || 'TL').slice(0, 2);
}

/** SVG rects drawing `text` in the block font, centred on (cx, cy), each cell `cell` px. */
function blockText(text: string, cx: number, cy: number, cell: number, fill: string): string {
  const chars = [...text].filter((c) => GLYPHS[c]);
  const width = chars.length * 6 * cell - cell;
  const x0 = cx - width / 2;
  const y0 = cy - (7 * cell) / 2;
  const rects: string[] = [];
  chars.forEach((c, k) => {
    GLYPHS[c]!.forEach((row, y) => {
      [...row].forEach((bit, x) => {
        if (bit === '1') rects.push(`<rect x="${x0 + (k * 6 + x) * cell}" y="${y0 + y * cell}" width="${cell}" height="${cell}" rx="${cell / 5}"/>`);
      });
    });
  });
  return `<g fill="${fill}">${rects.join('')}</g>`;
}

const hashOf = (text: string): number => {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
  return h >>> 0;
};

/** A product photo, 960×720: `view` 0 is the cover, 1 a second angle (other shapes, lighter). */
export function productArt(product: { id: string; title: string; category: string }, view: 0 | 1): string {
  const [from, to, accent] = PALETTES[product.category] ?? PALETTES.other!;
  const random = new DemoRandom(hashOf(`${product.id}:${view}`));
  const shapes: string[] = [];
  for (let k = 0; k < 7; k++) {
    const x = random.between(0, 960);
    const y = random.between(0, 720);
    const r = random.between(40, 170);
    const opacity = (random.between(0.15, 0.45) * (view === 1 ? 0.6 : 1)).toFixed(2);
    shapes.push(
      random.chance(0.5)
        ? `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="${accent}" opacity="${opacity}"/>`
        : `<rect x="${(x - r).toFixed(0)}" y="${(y - r).toFixed(0)}" width="${(2 * r).toFixed(0)}" height="${(2 * r).toFixed(0)}" rx="${(r / 3).toFixed(0)}" fill="${accent}" opacity="${opacity}" transform="rotate(${random.int(90)} ${x.toFixed(0)} ${y.toFixed(0)})"/>`,
    );
  }
  const [a, b] = view === 0 ? [from, to] : [to, from];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720" viewBox="0 0 960 720">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs>
<rect width="960" height="720" fill="url(#g)"/>${shapes.join('')}
<circle cx="480" cy="360" r="${view === 0 ? 190 : 150}" fill="#ffffff" opacity="0.9"/>
${blockText(initialsOf(product.title), 480, 360, view === 0 ? 30 : 24, to)}
</svg>`;
}

/** An avatar, 320×320: a colour from the handle and the member's initials. */
export function avatarArt(member: { handle: string; displayName: string }): string {
  const h = hashOf(member.handle);
  const colour = AVATAR_COLOURS[h % AVATAR_COLOURS.length]!;
  const initials = initialsOf(member.handle.replace(/_/g, ' '));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320">
<rect width="320" height="320" fill="${colour}"/>
<circle cx="${60 + (h % 200)}" cy="${40 + ((h >>> 8) % 240)}" r="110" fill="#ffffff" opacity="0.12"/>
${blockText(initials, 160, 160, 20, '#ffffff')}
</svg>`;
}

/** A recommender's photo of what arrived, 960×720: the opened parcel with the product's initials. */
export function parcelArt(recommendation: { id: string }, product: { title: string; category: string }): string {
  const [, to, accent] = PALETTES[product.category] ?? PALETTES.other!;
  const random = new DemoRandom(hashOf(recommendation.id));
  const tilt = random.between(-8, 8).toFixed(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="720" viewBox="0 0 960 720">
<rect width="960" height="720" fill="#efe6d8"/>
<rect y="520" width="960" height="200" fill="#d8c8b0"/>
<g transform="rotate(${tilt} 480 380)">
<rect x="230" y="200" width="500" height="360" rx="14" fill="#c89b63"/>
<rect x="230" y="200" width="500" height="60" fill="#b0844f"/>
<rect x="455" y="200" width="50" height="360" fill="#e8d3a8" opacity="0.8"/>
<rect x="300" y="300" width="360" height="200" rx="20" fill="${accent}"/>
${blockText(initialsOf(product.title), 480, 400, 18, to)}
</g>
</svg>`;
}
