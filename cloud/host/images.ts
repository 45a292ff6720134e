/**
 * What an uploaded file really is: its container is parsed (PNG chunks with their CRC, JPEG markers, the WebP RIFF
 * header), not just its first bytes, so a page of HTML behind PNG magic bytes is refused rather than stored.
 */
import { crc32 } from 'node:zlib';

export interface ImageKind {
  ext: 'jpg' | 'png' | 'webp';
  type: 'image/jpeg' | 'image/png' | 'image/webp';
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Walks every chunk: each length must fit, IHDR first with a size and IEND last at the very end (both with their CRC;
 * data chunks' CRCs are left to the decoder, as browsers do), so nothing can ride behind the image.
 */
function isPng(b: Buffer): boolean {
  if (b.length < 57 || !b.subarray(0, 8).equals(PNG_SIGNATURE)) return false;
  let at = 8;
  let first = true;
  while (at + 12 <= b.length) {
    const length = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString('latin1');
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > b.length) return false;
    const critical = first || type === 'IEND';
    if (critical && crc32(b.subarray(at + 4, at + 8 + length)) !== b.readUInt32BE(at + 8 + length)) return false;
    if (first && (type !== 'IHDR' || length !== 13 || b.readUInt32BE(at + 8) === 0 || b.readUInt32BE(at + 12) === 0)) return false;
    if (type === 'IEND') return end === b.length;
    first = false;
    at = end;
  }
  return false;
}

/** Start of image, a frame header (SOFn) with a size, and the end-of-image marker as the last two bytes. */
function isJpeg(b: Buffer): boolean {
  if (b.length < 128 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return false;
  if (b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) return false;
  let at = 2;
  while (at + 9 < b.length && b[at] === 0xff) {
    const marker = b[at + 1];
    const length = b.readUInt16BE(at + 2);
    if (length < 2) return false;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return b.readUInt16BE(at + 5) > 0 && b.readUInt16BE(at + 7) > 0;
    if (marker === 0xda) return false; // scan data before any frame header
    at += 2 + length;
  }
  return false;
}

/** RIFF size matching the file exactly, the WEBP form type and a known first chunk. */
function isWebp(b: Buffer): boolean {
  if (b.length < 30 || b.subarray(0, 4).toString('latin1') !== 'RIFF' || b.subarray(8, 12).toString('latin1') !== 'WEBP') return false;
  const riffSize = b.readUInt32LE(4);
  return riffSize + 8 === b.length && ['VP8 ', 'VP8L', 'VP8X'].includes(b.subarray(12, 16).toString('latin1'));
}

const KINDS: (ImageKind & { test: (b: Buffer) => boolean })[] = [
  { ext: 'jpg', type: 'image/jpeg', test: isJpeg },
  { ext: 'png', type: 'image/png', test: isPng },
  { ext: 'webp', type: 'image/webp', test: isWebp },
];

/** The image the bytes hold, or null when they are not a whole JPEG, PNG or WebP file. */
export function imageKind(body: Buffer): ImageKind | null {
  const kind = KINDS.find((k) => k.test(body));
  return kind ? { ext: kind.ext, type: kind.type } : null;
}

/** The served type of a stored name, which the host gave from imageKind. */
export function kindOfName(name: string): ImageKind | null {
  const kind = KINDS.find((k) => name.endsWith('.' + k.ext));
  return kind ? { ext: kind.ext, type: kind.type } : null;
}
