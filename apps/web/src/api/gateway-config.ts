/** Where the page finds the two gateways; served by `npm start` as /config.json. */
export interface GatewayConfig {
  writeUrl: string;
  readUrl: string;
  readWsUrl: string;
}

/** Falls back to the default ports on this host, so `vite dev` works against `npm start`. */
export async function loadGatewayConfig(): Promise<GatewayConfig> {
  const response = await fetch('/config.json').catch(() => undefined);
  if (response?.ok) return (await response.json()) as GatewayConfig;
  const host = window.location.hostname;
  return {
    writeUrl: `http://${host}:4001/graphql`,
    readUrl: `http://${host}:4002/graphql`,
    readWsUrl: `ws://${host}:4002/graphql`,
  };
}
