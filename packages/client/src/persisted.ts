/**
 * Persisted operations, as Apollo's automatic persisted queries send them: the sha256 of the
 * document first, the document itself only when the server does not know the hash. The
 * registry's gateway knows the hashes of this package's and the web app's operations from the
 * start (gateway/persisted-operations.json), and can be set to accept nothing else.
 */

/** The request's `extensions` for a document with this hash. */
export const persistedQuery = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

type Digest = (algorithm: 'SHA-256', data: Uint8Array) => Promise<ArrayBuffer>;

/** Web Crypto's digest: global in Node ≥ 20 and in browsers, but only on secure (https, localhost) pages. */
const subtle = (globalThis as { crypto?: { subtle?: { digest: Digest } } }).crypto?.subtle;

/** A client keeps the hashes of its documents; dynamic documents would grow this without end. */
const MAX_KEPT = 500;

/**
 * Returns a function giving a document's sha256 (hex) over its exact text, remembered per text,
 * or undefined when there is no Web Crypto, in which case the document is sent as usual.
 */
export function documentHasher(): (text: string) => Promise<string | undefined> {
  const kept = new Map<string, Promise<string>>();
  return async (text) => {
    if (!subtle) return undefined;
    let hash = kept.get(text);
    if (!hash) {
      if (kept.size >= MAX_KEPT) kept.clear();
      hash = subtle.digest('SHA-256', new TextEncoder().encode(text)).then(hex);
      kept.set(text, hash);
    }
    return hash;
  };
}

const hex = (digest: ArrayBuffer) =>
  Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
