// GET /photos/<id>/<width>.webp: a stored variant, from whichever store is configured. A key's
// bytes never change (the id is their upload's hash, the width fixed), so browsers and any CDN
// in front may keep them a year without asking again; the ETag answers a revalidation anyway.
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';
import { isPhotoWidth, PHOTO_ID, readPhoto, type PhotoStore } from './store';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function photoServeRoute(store: PhotoStore, log: Logger): RequestHandler {
  return async (req, res) => {
    const id = String(req.params.id ?? '');
    const file = /^([0-9]{2,4})\.webp$/.exec(String(req.params.file ?? ''));
    const width = Number(file?.[1]);
    if (!PHOTO_ID.test(id) || !isPhotoWidth(width)) return void res.status(404).type('text/plain').send('Not found');
    const etag = `"${id.slice(0, 32)}-${width}"`;
    if (req.get('if-none-match') === etag) {
      res.setHeader('Cache-Control', IMMUTABLE);
      return void res.status(304).end();
    }
    try {
      const bytes = await readPhoto(store, id, width);
      // Short-lived: the photo may be stored a moment later by another server.
      if (!bytes) return void res.status(404).setHeader('Cache-Control', 'no-store').type('text/plain').send('Not found');
      res.setHeader('Cache-Control', IMMUTABLE);
      res.setHeader('ETag', etag);
      res.type('image/webp').send(bytes);
    } catch (err) {
      log.error({ err, id, width }, 'could not read a stored photo');
      res.status(503).setHeader('Retry-After', '5').type('text/plain').send('Photo store unavailable');
    }
  };
}
