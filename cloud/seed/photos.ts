/**
 * Photos for the demo's completed work: a small plain image written into the host's photo folder and recorded as
 * the member's upload, so completion (which needs a photo in most categories) goes through the real action.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Store } from '../store/store.port';

const SIZE = 48;

/** CRC-32 as PNG chunks want it. */
function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A SIZE×SIZE PNG of one colour. */
function plainPng([r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.from([0, ...Array.from({ length: SIZE }, () => [r, g, b]).flat()]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: SIZE }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Records a demo photo as `uploaderId`'s upload and returns its file id; the image itself is written only when the
 * host's photo folder is given (without it the order still carries the photo, shown to nobody).
 */
export async function demoPhoto(store: Store, dir: string | undefined, name: string, uploaderId: string, at: Date): Promise<string> {
  const file = `demo-${name}.png`;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), plainPng([200, 230, 201]));
  }
  const fileId = `/files/${file}`;
  await store.recordUpload({ fileId, uploaderId, at });
  return fileId;
}
