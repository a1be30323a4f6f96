// Where people reach the site (PUBLIC_ORIGIN). Shared links, QR codes and link previews must be
// absolute, and a server behind a proxy cannot tell its public address from a request without
// trusting the Host header, which anyone can write (docs/sharing.md).

/** The address `npm start` serves on a developer's machine, when nothing else is configured. */
export const DEFAULT_PUBLIC_ORIGIN = 'http://localhost:4000';

/** "https://shop.example/" → "https://shop.example": every path is appended to it. */
export function publicOrigin(configured: string | undefined): string {
  return (configured ?? DEFAULT_PUBLIC_ORIGIN).replace(/\/+$/, '');
}
