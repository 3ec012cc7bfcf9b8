/**
 * A page's or endpoint's origin as a host-permission match pattern (`https://host/*`; patterns
 * ignore ports), or null for an address that is not http(s).
 */
export function originPattern(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.hostname}/*` : null;
  } catch {
    return null;
  }
}
