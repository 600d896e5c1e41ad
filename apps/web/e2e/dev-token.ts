/** A token from the embedded default's picker endpoint, as the page's own picker gets one. */
export async function devToken(webUrl: string, role: 'operator' | 'customer' | 'analyst', sub?: string) {
  const response = await fetch(new URL('/dev-token', webUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, sub }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`/dev-token answered ${response.status}`);
  return body.token;
}
