// Sharing by link: a replay (or a game played by link) travels in the URL fragment, which browsers never
// send to a server. The fragment is `#<kind>=<link version>.<check>.<payload>`: the payload is the
// compact JSON, DEFLATE-compressed with fflate and written in base64url; the check is 8 hex
// digits of the JSON's hash, since raw DEFLATE carries no checksum and a garbled link must not pass for
// an edited replay. Links are kept under LINK_LIMIT characters: the encoder says when a replay would not
// fit, so the interface can offer the file instead.
import { deflateSync, type FlateError, FlateErrorCode, Inflate, strFromU8, strToU8 } from 'fflate';
import { MAX_BYTES } from '../scenario/parse.ts';
import { hashText } from '../sim/index.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import type { Replay } from './format.ts';
import { type Outcome, refuse } from './problems.ts';
import { type ReadReplay, readReplay } from './read.ts';
import { compactReplay } from './serialize.ts';

/** Longest link this game makes or opens, in characters: under 8 KB, which browsers and chat apps carry. */
export const LINK_LIMIT = 8000;
/**
 * A scenario from the studio is larger than any replay: its links may run to 64 KB, which browsers open
 * but some chat apps cut; the studio says so and offers the file as well.
 */
export const SCENARIO_LINK_LIMIT = 64_000;
/** The link encoding's version; a new compression or layout gets a new number. */
export const LINK_VERSION = 1;

export const LINK_KINDS = ['replay', 'play', 'scenario'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
const limitOf = (kind: string) => (kind === 'scenario' ? SCENARIO_LINK_LIMIT : LINK_LIMIT);

const check = (json: string) => hashText(json).slice(0, 8);

/** `base` is the page's address; any fragment it has is replaced. */
export function encodeLink(kind: LinkKind, json: string, base: string): Outcome<string> {
  const bytes = deflateSync(strToU8(json), { level: 6 });
  const link = `${base.split('#')[0]}#${kind}=${LINK_VERSION}.${check(json)}.${toBase64Url(bytes)}`;
  if (link.length >= limitOf(kind)) {
    return refuse(
      'ERR_LINK_TOO_LONG',
      `This ${kind === 'replay' ? 'replay' : kind === 'play' ? 'game' : 'scenario'} needs a link of ${link.length} characters; links are kept under ${limitOf(kind)}. Share the file instead.`,
      null,
      0,
      { params: { length: link.length, limit: limitOf(kind) } },
    );
  }
  return { ok: true, value: link };
}

export const encodeReplayLink = (replay: Replay, base: string): Outcome<string> =>
  encodeLink('replay', compactReplay(replay), base);

export interface DecodedLink {
  kind: LinkKind;
  text: string; // the JSON the link carried
  cut: boolean; // the link was cut short: text is what came through
}

/** A link, its fragment (with or without '#'), to the JSON it carries; never throws. */
export function decodeLink(link: string): Outcome<DecodedLink> {
  const garbled = (why: string) => refuse('ERR_LINK_GARBLED', `This link cannot be opened: ${why}`, null);
  if (typeof link !== 'string') return garbled('it is not text.');
  const hash = link.indexOf('#');
  if (hash < 0 && /^[a-z][a-z0-9+.-]*:/i.test(link))
    return garbled('it carries no replay (it has no # part).');
  const fragment = (hash >= 0 ? link.slice(hash + 1) : link).trim();
  const limit = limitOf(/^\w+/.exec(fragment)?.[0] ?? '');
  if (link.length > limit * 4 || fragment.length >= limit) {
    return refuse(
      'ERR_LINK_TOO_LONG',
      `This link is ${Math.max(link.length, fragment.length)} characters long; this game makes and opens links under ${limit}. Open the replay as a file instead.`,
      null,
      0,
      { params: { length: link.length, limit } },
    );
  }
  const m = LINK_FRAGMENT.exec(fragment) ?? LINK_FRAGMENT.exec(percentDecoded(fragment));
  if (!m) {
    return fragment === ''
      ? garbled('it carries no replay (there is nothing after the #).')
      : garbled(
          'what follows the # is not a replay, a game or a scenario (it should start with #replay=, #play= or #scenario=).',
        );
  }
  const [, kind, version, sum, payload] = m as unknown as [string, string, string, string, string];
  if (!(LINK_KINDS as readonly string[]).includes(kind))
    return garbled(`"#${kind.slice(0, 20)}=" is not a kind of link this game makes.`);
  if (Number(version) !== LINK_VERSION) {
    return refuse(
      'ERR_FORMAT_VERSION',
      `This link is in link version ${version.slice(0, 6)}, and this game reads version ${LINK_VERSION} only.`,
      null,
    );
  }
  // A character left over after the last whole byte means the link was cut mid-character.
  const decoded = fromBase64Url(payload.length % 4 === 1 ? payload.slice(0, -1) : payload);
  if (!decoded.ok) {
    return garbled(
      `character ${decoded.error + 1} of its data, ${JSON.stringify(payload[decoded.error])}, cannot appear in a link; it was changed when it was copied.`,
    );
  }
  const inflated = inflateLimited(decoded.value);
  if (inflated.damaged)
    return garbled('it is damaged: its data does not decompress (it was changed when it was copied).');
  if (inflated.tooLarge)
    return garbled(`its data expands to more than ${MAX_BYTES / 1e6} MB, more than any replay.`);
  let text: string;
  try {
    text = strFromU8(inflated.bytes);
  } catch {
    return garbled('its data is damaged (it does not decompress to text).');
  }
  if (!inflated.complete) {
    if (text.length === 0) return garbled('it is cut off or damaged: its data does not decompress.');
    return { ok: true, value: { kind: kind as LinkKind, text, cut: true } };
  }
  if (check(text) !== sum)
    return garbled(
      'it is damaged: its check digits do not match its content (it was changed when it was copied).',
    );
  return { ok: true, value: { kind: kind as LinkKind, text, cut: false } };
}

const LINK_FRAGMENT = /^(\w+)=(\d+)\.([0-9a-f]{8})\.(.*)$/s;

/** A fragment some app percent-encoded (`#replay%3D1.…`), decoded; the fragment itself if it cannot be. */
function percentDecoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A replay link to a replay, read as carefully as a file. */
export function readReplayLink(link: string): Outcome<ReadReplay> {
  const decoded = decodeLink(link);
  if (!decoded.ok) return decoded;
  if (decoded.value.kind !== 'replay') {
    return refuse(
      'ERR_NOT_REPLAY',
      'This link is a game played by link, not a replay: open it to play.',
      null,
    );
  }
  return readReplay(decoded.value.text, 'link', !decoded.value.cut);
}

/**
 * DEFLATE, stopping once the output passes the size limit. A stream that simply ends early was cut, and
 * what came through is kept; any other error means the data itself is damaged.
 */
function inflateLimited(bytes: Uint8Array): {
  bytes: Uint8Array;
  complete: boolean;
  tooLarge: boolean;
  damaged: boolean;
} {
  const parts: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > MAX_BYTES) tooLarge = true;
    else parts.push(chunk);
  });
  let complete = true;
  let damaged = false;
  try {
    for (let i = 0; i < bytes.length && !tooLarge; i += 512) inflate.push(bytes.subarray(i, i + 512), false);
    if (!tooLarge) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    complete = false;
    damaged = (e as FlateError).code !== FlateErrorCode.UnexpectedEOF;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return { bytes: out, complete, tooLarge, damaged };
}
