// Photos for tests: real images made by sharp (distinct pixels per call, so each is a new content
// address unless a test wants the same bytes twice), and the upload as any client sends it —
// multipart/form-data to POST /api/photos with the member's bearer token.
import { randomInt } from 'node:crypto';
import sharp from 'sharp';

export interface UploadAnswer {
  status: number;
  body: {
    photo?: { id: string; width: number; height: number; url: string; srcset: string; variants: { width: number; height: number; url: string }[] };
    errors?: { message: string; extensions: { code: string; reason?: string } }[];
  };
  headers: Headers;
}

/** A real image of `width`×`height` in `format`, in a colour of its own. */
export async function testImage(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' = 'png', width = 900, height = 600): Promise<Buffer> {
  const background = { r: randomInt(256), g: randomInt(256), b: randomInt(256) };
  return sharp({ create: { width, height, channels: 3, background } }).toFormat(format).toBuffer();
}

export async function upload(
  baseUrl: string,
  token: string | undefined,
  bytes: Buffer,
  options: { filename?: string; contentType?: string; field?: string; acceptLanguage?: string } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append(options.field ?? 'photo', new Blob([new Uint8Array(bytes)], { type: options.contentType ?? 'image/jpeg' }), options.filename ?? 'photo.jpg');
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.acceptLanguage) headers['accept-language'] = options.acceptLanguage;
  const res = await fetch(`${baseUrl}/api/photos`, { method: 'POST', headers, body: form });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'], headers: res.headers };
}

/** Uploads a fresh image as `token`'s member and returns the photo's id (fails the test otherwise). */
export async function uploadedPhotoId(baseUrl: string, token: string): Promise<string> {
  const answer = await upload(baseUrl, token, await testImage('png', 400, 300), { contentType: 'image/png', filename: 'p.png' });
  if (answer.status !== 201 || !answer.body.photo) throw new Error(`upload failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.photo.id;
}
