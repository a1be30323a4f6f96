// The share images beside GraphQL:
//   GET /r/<code>/poster.png   the share poster of a recommendation (900×1200)
//   GET /r/<code>/qr.svg       the QR code of its link (the share dialog shows it)
//   GET /m/<handle>/card.png   a member's link-preview card (1200×630)
//   GET /p/<id>/card.png       a product's link-preview card (1200×630)
//   GET /g/<id>/poster.png     the share poster of a group buy (900×1200)
//   GET /g/<id>/qr.svg         the QR code of the group's link
// `?lang=en|zh-CN` picks the language (else Accept-Language); `?via=<handle>` puts a re-sharer
// into the link the QR code opens. Unknown ids are a plain 404.
//
// Caching: the images show public data only, so any cache may keep them for CACHE_SECONDS (a
// trust score moves by the hour, not the second). Each carries an ETag computed from what it
// shows, before rendering, so a revalidation costs one lookup and never a render.
import { createHash } from 'node:crypto';
import express from 'express';
import type { Context } from '../context';
import type { Logger } from '../logger';
import { formatMoney, formatScore } from '../../web/src/lib/format';
import { normaliseShareCode } from '../domain/recommendation-policy';
import { renderPoster, type PosterInput } from './poster';
import { renderCard, type CardInput } from './card';
import { qrSvgDocument } from './qr';
import { ShareData, type SharedGroupBuy } from './share-data';
import { groupStanding, groupUntil } from './group-words';
import { shareLanguage, type ShareLanguage } from './words';
import { trustPills } from './palette';
import { RenderBusy, RenderGate } from './render-gate';

export const CACHE_SECONDS = 600;
/** Bumped when the drawing changes, so caches holding the old look revalidate into the new one. */
const DRAWING_VERSION = 1;
const HANDLE = /^[A-Za-z0-9_]{1,40}$/;

/**
 * Photos for the images, when the app has them (the photo storage plugs in here); without it the
 * poster and cards draw coloured panels with initials.
 */
export interface SharePhotos {
  productCover(productId: string): Promise<Buffer | undefined>;
  memberAvatar(handle: string): Promise<Buffer | undefined>;
}

export interface ShareRoutesOptions {
  data: ShareData;
  createContext(req: express.Request, res: express.Response): Promise<Context>;
  /** PUBLIC_ORIGIN: the links in QR codes start with it. */
  origin: string;
  photos?: SharePhotos;
  log: Logger;
}

export function shareRoutes(options: ShareRoutesOptions): express.Router {
  const router = express.Router();
  const { data, origin } = options;
  const gate = new RenderGate();

  /**
   * One image route: look the thing up (404 when there is none), describe what the image shows
   * (its ETag is taken from that, before anything is drawn), then draw it.
   */
  function image<T, I extends object>(
    path: string,
    lookup: (ctx: Context, id: string) => Promise<T | undefined>,
    describe: (found: T, req: express.Request, language: ShareLanguage) => I,
    draw: (found: T, shown: I) => Promise<Buffer>,
    type = 'image/png',
  ): void {
    router.get(path, async (req, res) => {
      const ctx = await options.createContext(req, res);
      const found = await lookup(ctx, String(req.params.id));
      if (!found) return notFound(res);
      const shown = describe(found, req, languageOf(req));
      if (fresh(req, res, shown)) return;
      send(res, type, await draw(found, shown));
    });
  }

  const recommendation = (ctx: Context, code: string) => data.recommendation(ctx, code);

  image(
    '/r/:id/poster.png',
    recommendation,
    // The photos' ids are part of what is shown (so of the ETag): a new cover is a new drawing.
    (rec, req, language): PosterInput & { photoIds: (string | null)[] } => ({
      photoIds: [rec.product.coverPhoto?.id ?? null, rec.author.avatar?.id ?? null],
      language,
      product: { title: rec.product.title, price: formatMoney(rec.product.priceMinor, rec.product.currency, language) },
      recommender: {
        displayName: rec.author.displayName,
        handle: rec.author.handle,
        trust: formatScore(rec.author.trust.score),
        vouched: rec.author.trust.vouched,
        isNew: rec.author.trust.isNew,
      },
      stars: rec.stars,
      text: rec.text,
      url: shareLink(origin, rec.code, req.query.via),
    }),
    async (rec, shown) => {
      const [cover, avatar] = await Promise.all([options.photos?.productCover(rec.product.id), options.photos?.memberAvatar(rec.author.handle)]);
      return gate.run(() => renderPoster({ ...shown, cover, avatar }));
    },
  );

  image(
    '/r/:id/qr.svg',
    recommendation,
    (rec, req) => ({ url: shareLink(origin, rec.code, req.query.via) }),
    async (_rec, shown) => Buffer.from(qrSvgDocument(shown.url)),
    'image/svg+xml',
  );

  image(
    '/m/:id/card.png',
    (ctx, handle) => data.member(ctx, handle),
    (member, _req, language): CardInput & { photoIds: (string | null)[] } => ({
      photoIds: [member.avatar?.id ?? null],
      language,
      heading: member.displayName,
      subheading: `@${member.handle}`,
      accent: false,
      pills: trustPills(language, { ...member.trust, score: formatScore(member.trust.score) }),
      line: member.bio,
      panelName: member.displayName,
      portrait: true,
    }),
    async (member, shown) => {
      const photo = await options.photos?.memberAvatar(member.handle);
      return gate.run(() => renderCard({ ...shown, photo }));
    },
  );

  image(
    '/p/:id/card.png',
    (ctx, id) => data.product(ctx, id),
    (product, _req, language): CardInput & { photoIds: (string | null)[] } => ({
      photoIds: [product.coverPhoto?.id ?? null],
      language,
      heading: product.title,
      subheading: formatMoney(product.priceMinor, product.currency, language),
      accent: true,
      pills: [],
      line: product.description,
      panelName: product.title,
      portrait: false,
    }),
    async (product, shown) => {
      const photo = await options.photos?.productCover(product.id);
      return gate.run(() => renderCard({ ...shown, photo }));
    },
  );

  // The network's time zone travels with the group: its deadline is written in it.
  const groupBuy = async (ctx: Context, id: string) => {
    const group = await data.groupBuy(ctx, id);
    return group && { group, timeZone: ctx.timeZone };
  };

  image(
    '/g/:id/poster.png',
    groupBuy,
    ({ group, timeZone }, req, language): PosterInput & { photoIds: (string | null)[] } => ({
      photoIds: [group.product.coverPhoto?.id ?? null, group.leader.avatar?.id ?? null],
      language,
      product: { title: group.product.title, price: formatMoney(group.unitPriceMinor, group.currency, language) },
      recommender: {
        displayName: group.leader.displayName,
        handle: group.leader.handle,
        trust: formatScore(group.leader.trust.score),
        vouched: group.leader.trust.vouched,
        isNew: group.leader.trust.isNew,
      },
      stars: 0,
      text: group.note,
      group: {
        fullPrice: group.unitPriceMinor < group.basePriceMinor ? formatMoney(group.basePriceMinor, group.currency, language) : '',
        standing: groupStanding(group, language),
        until: groupUntil(group, language, timeZone),
      },
      url: groupLink(origin, group, req.query.via),
    }),
    async ({ group }, shown) => {
      const [cover, avatar] = await Promise.all([options.photos?.productCover(group.product.id), options.photos?.memberAvatar(group.leader.handle)]);
      return gate.run(() => renderPoster({ ...shown, cover, avatar }));
    },
  );

  image(
    '/g/:id/qr.svg',
    groupBuy,
    ({ group }, req) => ({ url: groupLink(origin, group, req.query.via) }),
    async (_group, shown) => Buffer.from(qrSvgDocument(shown.url)),
    'image/svg+xml',
  );

  // A failed lookup (Neo4j away) or render: logged here, a short 503 for the client, kept by no cache.
  router.use((err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    // A path whose escapes do not decode (Express says 400) names no recommendation either.
    if ((err as { status?: number }).status === 400) return notFound(res);
    if (err instanceof RenderBusy) {
      res.status(503).set('Cache-Control', 'no-store').set('Retry-After', '2').type('text/plain').send('Busy drawing; try again in a moment.');
      return;
    }
    options.log.error({ err, url: req.originalUrl }, 'share image failed');
    if (res.headersSent) return void res.end();
    res.status(503).set('Cache-Control', 'no-store').set('Retry-After', '5').type('text/plain').send('Try again shortly.');
  });
  return router;
}

/** The absolute link of a share page, with the re-sharer when `via` is a handle. */
export function shareLink(origin: string, code: string, via: unknown): string {
  return `${origin}/r/${normaliseShareCode(code)}${viaQuery(via)}`;
}

/** The absolute link of a group's page, with the re-sharer when `via` is a handle. */
export function groupLink(origin: string, group: Pick<SharedGroupBuy, 'id'>, via: unknown): string {
  return `${origin}/g/${encodeURIComponent(group.id)}${viaQuery(via)}`;
}

/** `?via=<handle>` when `via` can be a handle; anything else is dropped. */
function viaQuery(via: unknown): string {
  return typeof via === 'string' && HANDLE.test(via) ? `?via=${encodeURIComponent(via)}` : '';
}

function languageOf(req: express.Request): ShareLanguage {
  return shareLanguage(req.query.lang, req.get('accept-language'));
}

/** Sets the caching headers and answers 304 when the client holds this very drawing. */
function fresh(req: express.Request, res: express.Response, shown: object): boolean {
  const etag = `"${createHash('sha256').update(JSON.stringify([DRAWING_VERSION, shown])).digest('base64url').slice(0, 27)}"`;
  res.set('ETag', etag);
  res.set('Cache-Control', `public, max-age=${CACHE_SECONDS}`);
  res.vary('Accept-Language');
  const held = req.get('if-none-match');
  if (held && held.split(/\s*,\s*/).includes(etag)) {
    res.status(304).end();
    return true;
  }
  return false;
}

function send(res: express.Response, type: string, body: Buffer): void {
  // Helmet's default (same-origin) would stop another site's page — a web chat showing the
  // preview, a blog embedding the poster — from displaying them.
  res.set('Cross-Origin-Resource-Policy', 'cross-origin');
  res.type(type).send(body);
}

function notFound(res: express.Response): void {
  res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
}
