// A file's bytes to text, the same in the browser and on the command line: UTF-8 (with or without a
// byte-order mark), or UTF-16 when a byte-order mark says so. Anything else that is not UTF-8 is refused
// with the place of the first bad byte, rather than read as replacement characters.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; message: string };

export function decodeBytes(bytes: Uint8Array, what = 'file'): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3), what, 3);
  if (a === 0xff && b === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', what);
  if (a === 0xfe && b === 0xff) return utf16(bytes.subarray(2), 'utf-16be', what);
  return utf8(bytes, what, 0);
}

function utf8(bytes: Uint8Array, what: string, offset: number): Decoded {
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return {
      ok: false,
      message: `The ${what} is not UTF-8 text (byte ${offset + firstBadUtf8(bytes) + 1} is not part of a UTF-8 character); save it as UTF-8.`,
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', what: string): Decoded {
  if (bytes.length % 2 === 1)
    return {
      ok: false,
      message: `The ${what} is marked as UTF-16 but ends in half a character; save it as UTF-8.`,
    };
  try {
    return {
      ok: true,
      text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding,
    };
  } catch {
    return {
      ok: false,
      message: `The ${what} is marked as UTF-16 but holds half a character (a lone surrogate); save it as UTF-8.`,
    };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const x = bytes[i]!;
    const n =
      x < 0x80
        ? 0
        : x >= 0xc2 && x <= 0xdf
          ? 1
          : x >= 0xe0 && x <= 0xef
            ? 2
            : x >= 0xf0 && x <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const y = bytes[i + k];
      if (y === undefined || (y & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return Math.max(0, bytes.length - 1);
}
