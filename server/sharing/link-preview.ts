// Link previews: the Open Graph and Twitter card tags a chat app, a social network or a search
// engine reads from a shared page's HTML (they run no JavaScript, so the server writes them).
// For a recommendation (/r/<code>), a member (/m/<handle>), a product (/p/<id>) and a group buy
// (/g/<id>): title,
// description, canonical absolute URL and an image, in the page's language. A page whose id
// names nothing is a 404 (the app's not-found page in the body) and says nothing about it.
import { formatMoney, formatScore } from '../../web/src/lib/format';
import { pageTitle, SITE_NAME } from '../../web/src/lib/page-title';
import type { SharedGroupBuy, SharedMember, SharedProduct, SharedRecommendation, ShareData } from './share-data';
import { deadlineText } from './group-words';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster';
import { CARD_HEIGHT, CARD_WIDTH } from './card';
import { fill, wordsFor, type ShareLanguage } from './words';
import type { Context } from '../context';
import { normaliseShareCode } from '../domain/recommendation-policy';

export interface LinkPreview {
  /** 404 when the page's id names nothing. */
  status: 200 | 404;
  language: ShareLanguage;
  /** The page's <title>, <meta name="description"> and the preview's tags; absent on a 404. */
  head?: { title: string; description: string; tags: string };
}

/** Descriptions longer than this are cut: previews show two or three lines at most. */
const DESCRIPTION_MAX = 200;
const HANDLE = /^[A-Za-z0-9_]{1,40}$/;

export interface PreviewRequest {
  pathname: string;
  search: URLSearchParams;
  language: ShareLanguage;
  /** The site's public origin (PUBLIC_ORIGIN), which every URL in the tags starts with. */
  origin: string;
}

/** The page kind a path opens, or undefined for a page without a preview of its own. */
export function previewTarget(pathname: string): { kind: 'recommendation' | 'member' | 'product' | 'groupBuy'; id: string } | undefined {
  const match = /^\/([rmpg])\/([^/]+)\/?$/.exec(pathname);
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[2]!);
  } catch {
    id = ''; // A malformed escape names nothing.
  }
  const kind = ({ r: 'recommendation', m: 'member', p: 'product', g: 'groupBuy' } as const)[match[1] as 'r' | 'm' | 'p' | 'g'];
  return { kind, id };
}

export async function linkPreview(data: ShareData, ctx: Context, request: PreviewRequest): Promise<LinkPreview | undefined> {
  const target = previewTarget(request.pathname);
  if (!target) return undefined;
  const { language } = request;
  const missing: LinkPreview = { status: 404, language };
  if (target.id.trim() === '') return missing;
  switch (target.kind) {
    case 'recommendation': {
      const rec = await data.recommendation(ctx, target.id);
      return rec ? { status: 200, language, head: recommendationHead(rec, request) } : missing;
    }
    case 'member': {
      const member = await data.member(ctx, target.id);
      return member ? { status: 200, language, head: memberHead(member, request) } : missing;
    }
    case 'product': {
      const product = await data.product(ctx, target.id);
      return product ? { status: 200, language, head: productHead(product, request) } : missing;
    }
    case 'groupBuy': {
      const group = await data.groupBuy(ctx, target.id);
      return group ? { status: 200, language, head: groupHead(group, request, ctx.timeZone) } : missing;
    }
  }
}

interface Tags {
  type: string;
  title: string;
  description: string;
  url: string;
  image: { url: string; width: number; height: number; alt: string };
}

function recommendationHead(rec: SharedRecommendation, request: PreviewRequest) {
  const words = wordsFor(request.language).linkPreview;
  const code = normaliseShareCode(rec.code);
  const via = request.search.get('via');
  const query = via && HANDLE.test(via) ? `?via=${encodeURIComponent(via)}` : '';
  const title = fill(words.recommendationTitle, { name: rec.author.displayName, product: rec.product.title });
  const description = fill(words.recommendationDescription, {
    stars: rec.stars,
    text: clip(rec.text, 120),
    trust: formatScore(rec.author.trust.score),
    unvouched: rec.author.trust.vouched ? '' : words.unvouched,
    price: formatMoney(rec.product.priceMinor, rec.product.currency, request.language),
  });
  const lang = `lang=${request.language}`;
  return head(request, {
    type: 'article',
    title,
    description,
    url: `${request.origin}/r/${code}${query}`,
    image: { url: `${request.origin}/r/${code}/poster.png?${lang}${query ? `&${query.slice(1)}` : ''}`, width: POSTER_WIDTH, height: POSTER_HEIGHT, alt: title },
  });
}

function memberHead(member: SharedMember, request: PreviewRequest) {
  const words = wordsFor(request.language).linkPreview;
  const title = fill(words.memberTitle, { name: member.displayName, handle: member.handle });
  const bio = member.bio.trim();
  const description = fill(words.memberDescription, {
    trust: formatScore(member.trust.score),
    unvouched: member.trust.vouched ? '' : words.unvouched,
    bio: bio ? ` ${bio}` : '',
  });
  const path = `/m/${encodeURIComponent(member.handle)}`;
  return head(request, {
    type: 'profile',
    title,
    description,
    url: `${request.origin}${path}`,
    image: { url: `${request.origin}${path}/card.png?lang=${request.language}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: title },
  });
}

function productHead(product: SharedProduct, request: PreviewRequest) {
  const words = wordsFor(request.language).linkPreview;
  const price = formatMoney(product.priceMinor, product.currency, request.language);
  const title = fill(words.productTitle, { title: product.title, price });
  const description = fill(words.productDescription, { description: product.description.trim() || words.siteDescription });
  const path = `/p/${encodeURIComponent(product.id)}`;
  return head(request, {
    type: 'product',
    title,
    description,
    url: `${request.origin}${path}`,
    image: { url: `${request.origin}${path}/card.png?lang=${request.language}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: title },
  });
}

/**
 * A group buy: who leads it and what; while open, the price now, how full it is, until when and
 * the leader's trust; once closed, only how it ended (never who or how many joined a failed one).
 */
function groupHead(group: SharedGroupBuy, request: PreviewRequest, timeZone: string) {
  const { language } = request;
  const words = wordsFor(language).linkPreview;
  const money = (minor: number) => formatMoney(minor, group.currency, language);
  const via = request.search.get('via');
  const query = via && HANDLE.test(via) ? `?via=${encodeURIComponent(via)}` : '';
  const title = fill(words.groupTitle, { name: group.leader.displayName, product: group.product.title });
  const note = group.note.trim();
  const description =
    group.status === 'OPEN'
      ? fill(words.groupDescription, {
          price: money(group.unitPriceMinor),
          full: money(group.basePriceMinor),
          counted: group.countedBuyers,
          target: group.targetBuyers,
          deadline: deadlineText(group.deadline, language, timeZone),
          trust: formatScore(group.leader.trust.score),
          unvouched: group.leader.trust.vouched ? '' : words.unvouched,
          note: note ? ` · ${clip(note, 80)}` : '',
        })
      : fill(group.status === 'COMPLETED' ? words.groupCompleted : words.groupFailed, { price: money(group.unitPriceMinor) });
  const path = `/g/${encodeURIComponent(group.id)}`;
  return head(request, {
    type: 'product',
    title,
    description,
    url: `${request.origin}${path}${query}`,
    image: { url: `${request.origin}${path}/poster.png?lang=${language}${query ? `&${query.slice(1)}` : ''}`, width: POSTER_WIDTH, height: POSTER_HEIGHT, alt: title },
  });
}

function head(request: PreviewRequest, t: Tags): { title: string; description: string; tags: string } {
  const description = clip(t.description, DESCRIPTION_MAX);
  const og: Array<[string, string | number]> = [
    ['og:site_name', SITE_NAME],
    ['og:type', t.type],
    ['og:title', t.title],
    ['og:description', description],
    ['og:url', t.url],
    ['og:locale', request.language === 'zh-CN' ? 'zh_CN' : 'en_US'],
    ['og:image', t.image.url],
    ['og:image:type', 'image/png'],
    ['og:image:width', t.image.width],
    ['og:image:height', t.image.height],
    ['og:image:alt', t.image.alt],
  ];
  const twitter: Array<[string, string]> = [
    ['twitter:card', 'summary_large_image'],
    ['twitter:title', t.title],
    ['twitter:description', description],
    ['twitter:image', t.image.url],
    ['twitter:image:alt', t.image.alt],
  ];
  const tags = [
    `<link rel="canonical" href="${attr(t.url.replace(/\?.*$/, ''))}">`,
    ...og.map(([property, content]) => `<meta property="${property}" content="${attr(String(content))}">`),
    ...twitter.map(([name, content]) => `<meta name="${name}" content="${attr(content)}">`),
  ].join('\n    ');
  return { title: pageTitle(t.title), description, tags };
}

/**
 * The page's head with the preview in it: <html lang>, <title>, the description, and the tags
 * before </head>. Every value is escaped: names and texts are whatever members typed.
 */
export function withPreview(head: string, preview: LinkPreview): string {
  let out = head.replace(/<html lang="[^"]*"/, `<html lang="${preview.language}"`);
  if (!preview.head) return out;
  const { title, description, tags } = preview.head;
  out = out.replace(/<title>[^<]*<\/title>/, () => `<title>${text(title)}</title>`);
  out = out.replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => `<meta name="description" content="${attr(description)}" />`);
  return out.replace('</head>', () => `    ${tags}\n  </head>`);
}

/** One line, at most `max` characters, cut at a character (never inside a surrogate pair). */
function clip(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function attr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const text = attr;
