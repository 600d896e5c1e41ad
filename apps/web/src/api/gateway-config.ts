/**
 * How the page signs in: `dev` offers the "sign in as" picker (POST /dev-token, the embedded
 * default only); `token` asks for a token from the user's identity provider.
 */
export type SignInMode = 'dev' | 'token';

/** Where the page finds the two gateways and how it signs in; served by `npm start` as /config.json. */
export interface GatewayConfig {
  writeUrl: string;
  readUrl: string;
  readWsUrl: string;
  signIn: SignInMode;
}

/** Falls back to the default ports on this host, so `vite dev` works against `npm start`. */
export async function loadGatewayConfig(): Promise<GatewayConfig> {
  const served = await fetch('/config.json')
    .then((response) => (response.ok ? (response.json() as Promise<Partial<GatewayConfig>>) : undefined))
    .catch(() => undefined);
  if (served?.writeUrl && served.readUrl && served.readWsUrl) {
    return {
      writeUrl: served.writeUrl,
      readUrl: served.readUrl,
      readWsUrl: served.readWsUrl,
      signIn: served.signIn === 'dev' ? 'dev' : 'token',
    };
  }
  const host = window.location.hostname;
  return {
    writeUrl: `http://${host}:4001/graphql`,
    readUrl: `http://${host}:4002/graphql`,
    readWsUrl: `ws://${host}:4002/graphql`,
    signIn: 'token',
  };
}
