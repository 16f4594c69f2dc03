// Files the command line reads and writes. Input must be a regular file (a FIFO or a device would block
// the read forever) no larger than the limit, decoded as the browser decodes it. An output path is checked
// before any work is done, so a long run never ends in a file that cannot be written.
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodeBytes } from '../scenario/decode.ts';
import { MAX_BYTES } from '../scenario/parse.ts';
import { unhide } from '../scenario/problems.ts';
import { UsageError } from './args.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

export const reasonOf = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  return REASONS[code] ?? (code || 'unknown error');
};

function kindOf(s: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Why an input cannot be read, as a usage error; `content` says the file itself is at fault. */
export class InputError extends UsageError {
  constructor(
    readonly file: string,
    readonly reason: string, // a sentence about the file, without its name
    readonly content = false, // the file's own fault (too large, not text): invalid rather than unreadable
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * A regular file's text, at most `maxBytes` bytes. Opened without blocking and checked on the open
 * descriptor, so a FIFO swapped in after a check cannot hang the read.
 */
export function readInput(path: string, what = 'file', maxBytes = MAX_BYTES): string {
  const name = unhide(path);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new InputError(name, `cannot be read: ${reasonOf(e)}.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(name, `cannot be read: it is ${kindOf(stat)}, not a file.`);
    if (stat.size > maxBytes) {
      throw new InputError(
        name,
        `The ${what} is ${(stat.size / 1e6).toFixed(1)} MB; the limit is ${(maxBytes / 1e6).toFixed(0)} MB.`,
        true,
      );
    }
    // Read one byte past the limit, so a file that grew after the check is still caught.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) {
      throw new InputError(
        name,
        `The ${what} is larger than the limit of ${(maxBytes / 1e6).toFixed(0)} MB.`,
        true,
      );
    }
    const decoded = decodeBytes(buffer.subarray(0, length), what);
    if (!decoded.ok) throw new InputError(name, decoded.message, true);
    return decoded.text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(name, `cannot be read: ${reasonOf(e)}.`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses, before the work, an output path that cannot be written: a missing folder, a folder where the
 * file should be, something that is not a regular file (writing to a FIFO blocks), no permission.
 */
export function checkOutput(path: string, flag = '--out'): void {
  const name = unhide(path);
  if (path === '') throw new UsageError(`${flag} needs a file name.`);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new UsageError(`${flag} ${name} cannot be written: ${reasonOf(e)}.`);
  }
  if (existing) {
    if (!existing.isFile())
      throw new UsageError(`${flag} ${name} cannot be written: it is ${kindOf(existing)}; name a file.`);
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      throw new UsageError(`${flag} ${name} cannot be written: ${reasonOf(e)}.`);
    }
    return;
  }
  const folder = dirname(resolve(path));
  let dir: ReturnType<typeof statSync>;
  try {
    dir = statSync(folder);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${flag} ${name} cannot be written: ${code === 'ENOENT' ? `the folder ${unhide(folder)} does not exist` : reasonOf(e)}.`,
    );
  }
  if (!dir.isDirectory())
    throw new UsageError(`${flag} ${name} cannot be written: ${unhide(folder)} is not a folder.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (e) {
    throw new UsageError(`${flag} ${name} cannot be written: the folder ${unhide(folder)}: ${reasonOf(e)}.`);
  }
}

/** Writes an output checked by checkOutput; a failure after all (a full disk) is one clear line. */
export function writeOutput(path: string, text: string, flag = '--out'): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`${flag} ${unhide(path)} cannot be written: ${reasonOf(e)}.`);
  }
}
