// A QR code of a share link, as SVG: one <path> of dark modules, so it stays sharp at any size,
// embeds in the share poster's composition as it is, and costs a few hundred bytes on the wire.
// Error correction M (15%): survives a phone photo of a screen or a creased printout, while a
// 40-character link still fits a code a camera reads from across a table.
import QRCode from 'qrcode';

/** Modules of quiet zone around the code: the QR specification asks for four. */
export const QR_QUIET_ZONE = 4;

export interface QrCode {
  /** Modules per side, quiet zone included. */
  size: number;
  /** Path data of the dark modules, in module units (one unit per module). */
  path: string;
}

export function qrCode(text: string): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    // Runs of dark modules on a row become one rectangle: a fifth of the path a square per module needs.
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue;
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run++;
      path += `M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return { size: n + 2 * QR_QUIET_ZONE, path };
}

/** The code as an SVG element placed at (x, y) with side `side` pixels, on a white square. */
export function qrElement(code: QrCode, x: number, y: number, side: number): string {
  return (
    `<svg x="${x}" y="${y}" width="${side}" height="${side}" viewBox="0 0 ${code.size} ${code.size}" shape-rendering="crispEdges">` +
    `<rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${code.path}" fill="#111"/></svg>`
  );
}

/** A standalone SVG document of the code (the share dialog shows it as an image). */
export function qrSvgDocument(text: string, side = 264): string {
  const code = qrCode(text);
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 ${side} ${side}">${qrElement(code, 0, 0, side)}</svg>`;
}
