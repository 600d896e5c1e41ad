/** The roles the embedded default's picker signs in as. */
export type DevRole = 'operator' | 'customer' | 'analyst';

/**
 * A token from the embedded default's picker (POST /dev-token, same origin only). `sub` is the
 * customer id for a customer; the server picks one when it is left out.
 */
export async function requestDevToken(role: DevRole, sub?: string): Promise<string> {
  const response = await fetch('/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sub ? { role, sub } : { role }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || !body.token) {
    throw new Error(body.error ?? `This server has no sign-in picker (it answered ${response.status})`);
  }
  return body.token;
}
