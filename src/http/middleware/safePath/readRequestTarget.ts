// Reads a request target (path and query, still percent-encoded) strictly: length limits, escapes, UTF-8, traversal, double encoding.

/** Longest path accepted; real page paths are well under 200 characters. */
export const MAX_PATH_LENGTH = 2048;
/** Longest path plus query accepted (the usual 8 KB request-line limit of servers and proxies). */
export const MAX_TARGET_LENGTH = 8192;

export type TargetReading =
  | { ok: true; segments: string[] }
  | { ok: false; status: 400 | 414; reason: string };

const INVALID_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const ESCAPE = /%[0-9A-Fa-f]{2}/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class Refusal {
  constructor(readonly reason: string) {}
}

/** Shows a hostile fragment in a message: at most 24 characters, quoted. */
function quote(fragment: string): string {
  return JSON.stringify(fragment.length > 24 ? `${fragment.slice(0, 24)}…` : fragment);
}

/** Percent-decodes one path segment or query part; a run of escapes must be well-formed UTF-8 (no overlong, truncated or surrogate forms). */
function decodeStrictly(raw: string): string {
  const bad = INVALID_ESCAPE.exec(raw);
  if (bad) throw new Refusal(`${quote(raw.slice(bad.index, bad.index + 3))} is not a percent-escape (a % must be followed by two hex digits)`);
  return raw.replace(ESCAPE_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    try {
      return strictUtf8.decode(bytes);
    } catch {
      throw new Refusal(`${quote(run)} is not valid UTF-8 (an overlong, truncated or surrogate byte sequence)`);
    }
  });
}

function checkSegment(raw: string): string {
  const segment = decodeStrictly(raw);
  const control = CONTROL.exec(segment);
  if (control) {
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new Refusal(`${quote(raw)} contains the control character ${code}`);
  }
  if (segment === '.' || segment === '..' || /[/\\]/.test(segment)) {
    throw new Refusal(`${quote(raw)} decodes to ${quote(segment)}: dot segments and encoded slashes are not allowed`);
  }
  if (ESCAPE.test(segment)) throw new Refusal(`${quote(raw)} is percent-encoded twice`);
  return segment;
}

/**
 * `target` is the path plus optional query, as sent (percent-encoded). The path is decoded
 * segment by segment; the query is only checked to decode, since routes read it themselves.
 */
export function readRequestTarget(target: string): TargetReading {
  const queryStart = target.search(/[?#]/);
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  if (target.length > MAX_TARGET_LENGTH) {
    return { ok: false, status: 414, reason: `the address is ${target.length} characters long; at most ${MAX_TARGET_LENGTH} are accepted` };
  }
  if (path.length > MAX_PATH_LENGTH) {
    return { ok: false, status: 414, reason: `the path is ${path.length} characters long; at most ${MAX_PATH_LENGTH} are accepted` };
  }
  try {
    const segments = path.split('/').slice(1).map(checkSegment);
    for (const part of query.split(/[&=]/)) decodeStrictly(part.replace(/\+/g, ' '));
    return { ok: true, segments };
  } catch (refusal) {
    if (refusal instanceof Refusal) return { ok: false, status: 400, reason: refusal.reason };
    throw refusal;
  }
}

/** The request target of an absolute URL string, without parsing it again: everything from the first `/` after the authority. */
export function requestTargetOf(url: string): string {
  const start = url.indexOf('/', url.indexOf(':') + 3);
  return start === -1 ? '/' : url.slice(start);
}
