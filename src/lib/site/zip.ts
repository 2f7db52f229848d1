/**
 * The open-data bundle as a ZIP archive (fflate: deflate, UTF-8 names), which every operating system
 * opens without extra software. Every entry carries the same fixed date, so the same content gives the
 * same bytes from build to build.
 */
import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

/** The archive of `entries`, in their order; the default date (the DOS epoch) keeps the bytes stable. */
export function zip(entries: ZipEntry[], date = new Date(1980, 0, 1)): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? new TextEncoder().encode(entry.data) : entry.data;
    files[entry.name] = [data, { level: 9, mtime: date }];
  }
  return new Uint8Array(zipSync(files));
}
