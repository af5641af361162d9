// Entity tags: a strong ETag from the SHA-256 of a body (Web Crypto, so the same in workerd and Node) and If-None-Match matching.

/** `"<base64url of the SHA-256 of the bytes>"`: strong, because equal tags mean byte-identical bodies. */
export async function strongEtag(body: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`;
}

/**
 * The entity tags listed in an If-None-Match value, weak prefix removed (RFC 9110 §13.1.2 uses the
 * weak comparison), or `*`. A malformed value gives `null`, and the condition is then ignored.
 */
export function parseIfNoneMatch(value: string): string[] | '*' | null {
  const trimmed = value.trim();
  if (trimmed === '*') return '*';
  const tags: string[] = [];
  let rest = trimmed;
  while (rest.length > 0) {
    const match = /^(?:W\/)?("[\x21\x23-\x7e\x80-\xff]*")[ \t]*(?:,[ \t,]*|$)/.exec(rest);
    if (!match) return null;
    tags.push(match[1]!);
    rest = rest.slice(match[0].length);
  }
  return tags.length > 0 ? tags : null;
}

/** True when a GET/HEAD with this If-None-Match should get 304 for a representation tagged `etag`. */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const tags = parseIfNoneMatch(ifNoneMatch);
  if (tags === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return tags !== null && tags.includes(opaque);
}
