// The files themselves, before anything reads what they say: only plain files (a symbolic link
// would let the build read a file the check never saw), of a bounded size, and in public/media/
// only images whose bytes say what their extension says.
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { mediaExtensions } from '../mdx-safety.ts';
import { mediaFolder } from '../routes.ts';
import type { Problem } from './problem.ts';

/** Largest content file read: the longest real entry is about 15 KB. */
export const maxContentBytes = 256 * 1024;
/** Largest image in public/media/: a photo for a web page, resized. */
export const maxMediaBytes = 2 * 1024 * 1024;

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * Every entry under `dir` that is not a plain file or a folder (symbolic links, sockets, devices),
 * reported against `shown` (the folder as the contributor sees it). Returns the plain files found.
 */
export async function plainFiles(dir: string, shown: string, problems: Problem[]): Promise<string[]> {
  const files: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const relative = posix(path.relative(dir, path.join(entry.parentPath, entry.name)));
    const file = `${shown}/${relative}`;
    if (entry.isSymbolicLink()) {
      problems.push({ file, field: 'file', message: 'is a symbolic link: links are refused, since the build would read a file the check never saw. Replace it with the file itself' });
    } else if (entry.isFile()) {
      files.push(relative);
    } else if (!entry.isDirectory()) {
      problems.push({ file, field: 'file', message: 'is not a plain file (a socket, pipe or device): remove it' });
    }
  }
  return files.sort();
}

/**
 * Reads a file only if it is a plain file of at most `limit` bytes (checked on the open file, so
 * it cannot be swapped between the check and the read); otherwise reports why and returns undefined.
 */
export async function readBounded(absolute: string, file: string, limit: number, problems: Problem[], what = 'content file'): Promise<Buffer | undefined> {
  // O_NOFOLLOW: a link put in place of the file is refused, not followed.
  const handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  if (!handle) {
    problems.push({ file, field: 'file', message: 'cannot be read' });
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      problems.push({ file, field: 'file', message: 'is not a plain file' });
      return undefined;
    }
    if (info.size > limit) {
      problems.push({ file, field: 'file', message: `is ${Math.ceil(info.size / 1024)} KB; a ${what} may be at most ${limit / 1024} KB${what === 'content file' ? ': split it, or move long material to a source and link to it' : ': resize it (1600 pixels wide is plenty for a page)'}` });
      return undefined;
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const signatures: ReadonlyArray<{ type: string; extensions: readonly string[]; matches: (b: Buffer) => boolean }> = [
  { type: 'JPEG', extensions: ['jpg', 'jpeg'], matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'PNG', extensions: ['png'], matches: (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'WebP', extensions: ['webp'], matches: (b) => b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
];

/** What an image file's first bytes say it is, or undefined. */
export function imageType(bytes: Buffer): { type: string; extensions: readonly string[] } | undefined {
  return signatures.find((s) => s.matches(bytes));
}

/**
 * Checks public/: plain files only; under media/ only JPEG, PNG and WebP whose content matches
 * their extension; anything else must be one of the site's own files (`siteFiles`, paths inside public/).
 * Returns the image paths under media/ (relative to it), for the Figure check.
 */
export async function checkPublic(dir: string, shown: string, siteFiles: readonly string[], problems: Problem[]): Promise<Set<string>> {
  const media = new Set<string>();
  const files = await plainFiles(dir, shown, problems);
  await Promise.all(
    files.map(async (relative) => {
      const file = `${shown}/${relative}`;
      if (!relative.startsWith(`${mediaFolder}/`)) {
        if (!siteFiles.includes(relative)) problems.push({ file, field: 'file', message: `is not one of the site's own files: images for a Figure go in ${shown}/${mediaFolder}/ (JPEG, PNG or WebP); anything else is refused` });
        return;
      }
      const extension = relative.slice(relative.lastIndexOf('.') + 1).toLowerCase();
      if (!relative.includes('.') || !mediaExtensions.has(extension)) {
        problems.push({ file, field: 'file', message: `only JPEG, PNG and WebP images may be published from ${shown}/${mediaFolder}/ (.jpg, .jpeg, .png, .webp): SVG, HTML and scripts could run code on this site's address` });
        return;
      }
      const bytes = await readBounded(path.join(dir, relative), file, maxMediaBytes, problems, 'image');
      if (!bytes) return;
      const found = imageType(bytes);
      if (!found) {
        problems.push({ file, field: 'file', message: `is named .${extension} but its content is not a JPEG, PNG or WebP image: export it again as one of these` });
      } else if (!found.extensions.includes(extension)) {
        problems.push({ file, field: 'file', message: `is a ${found.type} image named .${extension}: rename it to .${found.extensions[0]}` });
      } else {
        media.add(relative.slice(`${mediaFolder}/`.length));
      }
    }),
  );
  return media;
}
