// The share poster (分享海报): one image people post in a chat, showing what is recommended, by
// whom, how far buyers trust them, a line of the recommendation and a QR code of its link. A
// group buy's poster is the same composition with the group's price, standing and deadline where
// the stars are, and the leader's note as the quote.
// Drawn as one SVG composition and rendered to PNG by sharp (librsvg, with the system's Noto
// Sans CJK so Chinese renders); photos, when the caller has them, are laid over it.
//
// A pure function of its input: no database, no clock, no file but the fonts. Whoever serves it
// looks the data up; the same input always gives the same bytes, which is what lets the route
// answer a repeated request by its ETag without rendering.
import sharp, { type OverlayOptions } from 'sharp';
import { qrCode, qrElement } from './qr';
import { ellipsize, initials, textWidth, wrapText, xml } from './text-fit';
import { fill, wordsFor, type ShareLanguage } from './words';
import { ACCENT, FONT, INK, MUTED, PAPER, panelColour, pills, trustPills } from './palette';

export const POSTER_WIDTH = 900;
export const POSTER_HEIGHT = 1200;

export interface PosterInput {
  language: ShareLanguage;
  product: {
    title: string;
    /** Already formatted for the language, e.g. "¥128.00". */
    price: string;
  };
  recommender: {
    displayName: string;
    handle: string;
    /** Already formatted, e.g. "72.4". */
    trust: string;
    /** False while no vouched buyer has judged their record (docs/trust-model.md). */
    vouched: boolean;
    isNew: boolean;
  };
  stars: number;
  text: string;
  /** A group buy's poster: `product.price` is the group price now, and these replace the stars. */
  group?: {
    /** Already formatted: the product's full price, which the group price is off; empty while no tier is reached. */
    fullPrice: string;
    /** Already in words: "1 of 2 buyers so far", "Completed at ¥56.05 each". */
    standing: string;
    /** Already in words: "Open until …"; empty once the group closed. */
    until: string;
  };
  /** The absolute link the QR code opens. */
  url: string;
  /** The product's cover photo, any format sharp reads; a coloured panel with initials without it. */
  cover?: Buffer;
  /** The recommender's avatar; a circle with their initials without it. */
  avatar?: Buffer;
}

const MARGIN = 56;
const COVER_HEIGHT = 380;
const AVATAR = 104;
const QR_SIDE = 196;
const QR_TOP = POSTER_HEIGHT - QR_SIDE - 44;
/** Where the recommendation's text must end: above the footer's rule. */
const QUOTE_LIMIT = QR_TOP - 44;
const QUOTE_LINE = 44;

export async function renderPoster(input: PosterInput): Promise<Buffer> {
  const { svg, avatarTop } = posterLayout(input);
  const layers: OverlayOptions[] = [];
  if (input.cover) layers.push({ input: await coverLayer(input.cover), top: 0, left: 0 });
  if (input.avatar) layers.push({ input: await avatarLayer(input.avatar), top: avatarTop, left: MARGIN });
  return sharp(Buffer.from(svg)).composite(layers).png({ compressionLevel: 9 }).toBuffer();
}

/**
 * The whole composition, top to bottom: the cover (or its no-photo panel), the product's name
 * and price, the recommender with their trust, the stars and as much of the text as fits, then
 * the footer with the QR code. Returns where the avatar goes, for a photo laid over its circle.
 */
export function posterLayout(input: PosterInput): { svg: string; avatarTop: number } {
  const words = wordsFor(input.language).poster;
  const { product, recommender } = input;
  const colour = panelColour(product.title);
  const avatarColour = panelColour(recommender.handle, 3);
  const contentWidth = POSTER_WIDTH - 2 * MARGIN;
  const out: string[] = [];
  const text = (x: number, y: number, size: number, body: string, attrs = '') =>
    out.push(`<text x="${x}" y="${y}" font-size="${size}"${attrs ? ' ' + attrs : ''}>${body}</text>`);

  out.push(`<rect width="100%" height="100%" fill="${PAPER}"/>`);
  out.push(`<rect width="${POSTER_WIDTH}" height="${COVER_HEIGHT}" fill="${colour}"/>`);
  out.push(`<circle cx="${POSTER_WIDTH - 90}" cy="80" r="200" fill="#fff" fill-opacity="0.08"/><circle cx="70" cy="${COVER_HEIGHT - 30}" r="140" fill="#fff" fill-opacity="0.06"/>`);
  text(POSTER_WIDTH / 2, COVER_HEIGHT / 2 + 52, 150, xml(initials(product.title)), 'text-anchor="middle" font-weight="700" fill="#fff"');

  let y = COVER_HEIGHT + 70;
  for (const line of wrapText(product.title, 44, contentWidth, 2)) {
    text(MARGIN, y, 44, xml(line), `font-weight="700" fill="${INK}"`);
    y += 56;
  }
  const price = input.group ? fill(words.groupPrice, { price: product.price }) : product.price;
  const fullWords = input.group ? fill(words.fullPrice, { price: input.group.fullPrice }) : '';
  // The full price beside the group price only where both fit on the line (a long price in English
  // may not); the estimate runs wide, so the line may use the right margin's outer half.
  const fullFits = textWidth(price, 40) + 16 + textWidth(fullWords, 28) <= contentWidth + MARGIN / 2;
  const fullPrice = input.group?.fullPrice && fullFits ? `<tspan dx="16" font-size="28" font-weight="400" fill="${MUTED}">${xml(fullWords)}</tspan>` : '';
  text(MARGIN, y + 4, 40, `${xml(price)}${fullPrice}`, `font-weight="700" fill="${ACCENT}"`);

  const avatarTop = y + 40;
  const nameX = MARGIN + AVATAR + 28;
  const nameWidth = POSTER_WIDTH - MARGIN - nameX;
  out.push(`<circle cx="${MARGIN + AVATAR / 2}" cy="${avatarTop + AVATAR / 2}" r="${AVATAR / 2}" fill="${avatarColour}"/>`);
  text(MARGIN + AVATAR / 2, avatarTop + AVATAR / 2 + 15, 42, xml(initials(recommender.displayName)), 'text-anchor="middle" font-weight="700" fill="#fff"');
  text(
    nameX,
    avatarTop + 34,
    34,
    `${xml(ellipsize(recommender.displayName, 34, nameWidth - 160))}<tspan dx="12" font-size="26" font-weight="400" fill="${MUTED}">${xml(input.group ? words.leads : words.recommends)}</tspan>`,
    `font-weight="700" fill="${INK}"`,
  );
  text(nameX, avatarTop + 70, 26, `@${xml(ellipsize(recommender.handle, 26, nameWidth - 20))}`, `fill="${MUTED}"`);
  out.push(pills(trustPills(input.language, { ...recommender, score: recommender.trust }), nameX, avatarTop + 84));

  y = avatarTop + AVATAR + 62;
  if (input.group) {
    y += 14; // Bold words sit closer to the trust pills than a row of stars does.
    text(MARGIN, y, 32, xml(ellipsize(input.group.standing, 32, contentWidth)), `font-weight="700" fill="${INK}"`);
    y += 44;
    if (input.group.until) {
      text(MARGIN, y, 28, xml(ellipsize(input.group.until, 28, contentWidth)), `fill="${MUTED}"`);
      y += 52;
    }
  } else {
    const stars = '★'.repeat(input.stars) + '☆'.repeat(Math.max(0, 5 - input.stars));
    text(MARGIN, y, 30, stars, 'fill="#d97706" letter-spacing="4"');
    y += 52;
  }
  const quote = input.text.replace(/\s+/g, ' ').trim();
  const room = Math.max(1, Math.min(4, Math.floor((QUOTE_LIMIT - y) / QUOTE_LINE) + 1));
  for (const line of quote ? wrapText(`“${quote}”`, 31, contentWidth, room) : []) {
    text(MARGIN, y, 31, xml(line), `fill="${INK}"`);
    y += QUOTE_LINE;
  }

  const footerWidth = POSTER_WIDTH - 2 * MARGIN - QR_SIDE - 40;
  out.push(`<line x1="${MARGIN}" y1="${QR_TOP - 24}" x2="${POSTER_WIDTH - MARGIN}" y2="${QR_TOP - 24}" stroke="#e4ddd2" stroke-width="2"/>`);
  text(MARGIN, QR_TOP + 46, 42, 'Trustline', `font-weight="700" fill="${INK}"`);
  text(MARGIN, QR_TOP + 84, 24, xml(ellipsize(words.tagline, 24, footerWidth)), `fill="${MUTED}"`);
  wrapText(input.group ? words.scanGroup : words.scan, 28, footerWidth, 2).forEach((line, i) => text(MARGIN, QR_TOP + 140 + i * 38, 28, xml(line), `font-weight="700" fill="${ACCENT}"`));
  out.push(`<rect x="${POSTER_WIDTH - MARGIN - QR_SIDE - 10}" y="${QR_TOP - 10}" width="${QR_SIDE + 20}" height="${QR_SIDE + 20}" rx="14" fill="#fff" stroke="#e4ddd2" stroke-width="2"/>`);
  out.push(qrElement(qrCode(input.url), POSTER_WIDTH - MARGIN - QR_SIDE, QR_TOP, QR_SIDE));

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}" font-family="${FONT}">\n${out.join('\n')}\n</svg>`;
  return { svg, avatarTop };
}

async function coverLayer(cover: Buffer): Promise<Buffer> {
  return sharp(cover).rotate().resize(POSTER_WIDTH, COVER_HEIGHT, { fit: 'cover', position: 'attention' }).png().toBuffer();
}

async function avatarLayer(avatar: Buffer): Promise<Buffer> {
  const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${AVATAR}" height="${AVATAR}"><circle cx="${AVATAR / 2}" cy="${AVATAR / 2}" r="${AVATAR / 2}"/></svg>`);
  return sharp(avatar)
    .rotate()
    .resize(AVATAR, AVATAR, { fit: 'cover' })
    .composite([{ input: mask, blend: 'dest-in' }])
    .png()
    .toBuffer();
}
