// The preview card of a member's or a product's page: the 1200×630 image (1.91:1) that chat apps
// and social networks show large under a shared link. A panel on the left — the photo when the
// caller has one, else the name's initials on its own colour — and the words on the right.
// Like the poster, a pure function of its input rendered by sharp.
import sharp, { type OverlayOptions } from 'sharp';
import { ellipsize, initials, wrapText, xml } from './text-fit';
import { ACCENT, FONT, INK, MUTED, PAPER, panelColour, pills, type Pill } from './palette';
import { wordsFor, type ShareLanguage } from './words';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PANEL = 500;
const X = PANEL + 64;
const WIDTH = CARD_WIDTH - X - 64;

export interface CardInput {
  language: ShareLanguage;
  heading: string;
  /** Under the heading: a price, an @handle. */
  subheading: string;
  /** Whether the subheading is a price (in the accent colour) rather than a quiet line. */
  accent: boolean;
  pills: Pill[];
  /** A line of description or bio; may be empty. */
  line: string;
  /** Whose initials and colour the panel shows without a photo. */
  panelName: string;
  /** A member's panel is a portrait: the photo or initials in a circle. */
  portrait: boolean;
  photo?: Buffer;
}

export async function renderCard(input: CardInput): Promise<Buffer> {
  const layers: OverlayOptions[] = [];
  if (input.photo) {
    const side = input.portrait ? PORTRAIT : PANEL;
    const photo = sharp(input.photo).rotate().resize(input.portrait ? side : PANEL, input.portrait ? side : CARD_HEIGHT, { fit: 'cover', position: 'attention' });
    if (input.portrait) {
      const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><circle cx="${side / 2}" cy="${side / 2}" r="${side / 2}"/></svg>`);
      photo.composite([{ input: mask, blend: 'dest-in' }]);
    }
    const top = input.portrait ? (CARD_HEIGHT - side) / 2 : 0;
    const left = input.portrait ? (PANEL - side) / 2 : 0;
    layers.push({ input: await photo.png().toBuffer(), top, left });
  }
  return sharp(Buffer.from(cardSvg(input))).composite(layers).png({ compressionLevel: 9 }).toBuffer();
}

const PORTRAIT = 340;

export function cardSvg(input: CardInput): string {
  const words = wordsFor(input.language).poster;
  const colour = panelColour(input.panelName, input.portrait ? 3 : 0);
  const out: string[] = [`<rect width="100%" height="100%" fill="${PAPER}"/>`];
  if (input.portrait) {
    out.push(`<rect width="${PANEL}" height="${CARD_HEIGHT}" fill="#efe9df"/>`);
    out.push(`<circle cx="${PANEL / 2}" cy="${CARD_HEIGHT / 2}" r="${PORTRAIT / 2}" fill="${colour}"/>`);
    out.push(`<text x="${PANEL / 2}" y="${CARD_HEIGHT / 2 + 44}" text-anchor="middle" font-size="128" font-weight="700" fill="#fff">${xml(initials(input.panelName))}</text>`);
  } else {
    out.push(`<rect width="${PANEL}" height="${CARD_HEIGHT}" fill="${colour}"/>`);
    out.push(`<circle cx="${PANEL - 40}" cy="70" r="170" fill="#fff" fill-opacity="0.08"/>`);
    out.push(`<text x="${PANEL / 2}" y="${CARD_HEIGHT / 2 + 52}" text-anchor="middle" font-size="150" font-weight="700" fill="#fff">${xml(initials(input.panelName))}</text>`);
  }
  let y = 128;
  for (const line of wrapText(input.heading, 52, WIDTH, 3)) {
    out.push(`<text x="${X}" y="${y}" font-size="52" font-weight="700" fill="${INK}">${xml(line)}</text>`);
    y += 66;
  }
  out.push(
    `<text x="${X}" y="${y + 4}" font-size="38" ${input.accent ? `font-weight="700" fill="${ACCENT}"` : `fill="${MUTED}"`}>${xml(ellipsize(input.subheading, 38, WIDTH))}</text>`,
  );
  y += 36;
  if (input.pills.length > 0) {
    out.push(pills(input.pills, X, y, 28));
    y += 60;
  }
  for (const line of wrapText(input.line, 28, WIDTH, Math.max(0, Math.min(3, Math.floor((CARD_HEIGHT - 130 - y) / 40))))) {
    y += 40;
    out.push(`<text x="${X}" y="${y}" font-size="28" fill="${INK}">${xml(line)}</text>`);
  }
  out.push(`<text x="${X}" y="${CARD_HEIGHT - 70}" font-size="40" font-weight="700" fill="${INK}">Trustline</text>`);
  out.push(`<text x="${X}" y="${CARD_HEIGHT - 34}" font-size="24" fill="${MUTED}">${xml(ellipsize(words.tagline, 24, WIDTH))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT}">\n${out.join('\n')}\n</svg>`;
}
