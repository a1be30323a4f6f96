// Reads a page's head as a link-preview crawler does: the <meta> tags' content, entities decoded.
// A value that came back exact proves it was escaped on the way in and not cut by a quote.

/** Every `property=`/`name=` meta tag of the HTML, decoded; the first one of each name wins. */
export function metaTags(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\s*\/?>/g)) {
    out[match[1]!] ??= decodeEntities(match[2]!);
  }
  return out;
}

export function titleOf(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/.exec(html);
  return match ? decodeEntities(match[1]!) : undefined;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e]!);
}

/** Opens a page as a crawler does: its status, the HTML, the head alone and the head's meta tags. */
export async function openPage(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}${path}`, { headers });
  const html = await res.text();
  const head = html.slice(0, html.indexOf('</head>'));
  return { res, html, head, meta: metaTags(head) };
}
