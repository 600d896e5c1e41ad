/** What one read gateway process accepts over WebSocket. */
export interface WebSocketLimits {
  /** Largest frame a client may send; a larger one closes that socket (1009). @default 65536 */
  maxFrameBytes: number;
  /** Time a new socket has to send connection_init before it is closed (4408). @default 3000 */
  connectionInitTimeoutMs: number;
  /** Operations running at once on one socket. @default 100 */
  maxSubscriptionsPerConnection: number;
  /** Open sockets in this process; further upgrades get 503. @default 10000 */
  maxConnections: number;
}

export const defaultWebSocketLimits: WebSocketLimits = {
  maxFrameBytes: 65_536,
  connectionInitTimeoutMs: 3_000,
  maxSubscriptionsPerConnection: 100,
  maxConnections: 10_000,
};
