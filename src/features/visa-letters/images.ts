// Uploaded images (signature, logo): the type is read from the bytes, never from the name or the browser's claim. Pure.
import { IMAGE_MAX_BYTES } from './schema';

export type ImageType = 'image/png' | 'image/jpeg';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= PNG.length && PNG.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export type ImageProblem = 'tooLarge' | 'notAnImage' | 'empty';

export function checkImage(bytes: Uint8Array): { ok: true; type: ImageType } | { ok: false; problem: ImageProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > IMAGE_MAX_BYTES) return { ok: false, problem: 'tooLarge' };
  const type = sniffImage(bytes);
  return type ? { ok: true, type } : { ok: false, problem: 'notAnImage' };
}
