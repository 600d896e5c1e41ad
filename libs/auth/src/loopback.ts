/** Whether `host` (a name or an address, IPv6 in brackets or not) is this machine's loopback. */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** Whether a server listening on `address` can be reached from this machine only. */
export function listensOnLoopbackOnly(address: string | undefined): boolean {
  return address !== undefined && isLoopback(address);
}

/**
 * Whether a request's Host header names this machine's loopback. A page whose own name resolves to
 * 127.0.0.1 (DNS rebinding) reaches a loopback server too, with its name as the Host and as its
 * Origin, so a check of the Origin against the Host passes; it cannot take these names, which are
 * the loopback addresses themselves, `localhost`, and `*.localhost` (loopback by RFC 6761).
 */
export function namesLoopback(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname;
  } catch {
    return false;
  }
  return hostname.endsWith('.localhost') || isLoopback(hostname);
}
