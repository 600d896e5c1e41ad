/* global process, fetch, AbortSignal, console -- Node 22 provides them */
// The image's HEALTHCHECK: healthy when the Sluice processes this container runs are ready.
// A container runs one of them (or the embedded system: both gateways and the dashboard), so it
// asks each port the image may serve and judges the ones that answer: every answer must be a
// 2xx, and at least one port must answer. Plain JavaScript, so that no TypeScript is loaded.
const env = process.env;
const port = (name, fallback) => Number(env[name] || fallback);
const probes = [
  `http://127.0.0.1:${port('WRITE_PORT', 4001)}/readiness`,
  `http://127.0.0.1:${port('READ_PORT', 4002)}/readiness`,
];
if ((env.WEB_PORT || '').trim().toLowerCase() !== 'off')
  probes.push(`http://127.0.0.1:${port('WEB_PORT', 4000)}/`);

/** The status a probe answered, or undefined when nothing listens on its port. */
async function statusOf(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
    await response.body?.cancel();
    return response.status;
  } catch (error) {
    if (error?.cause?.code === 'ECONNREFUSED') return undefined;
    return 0;
  }
}

const answers = (await Promise.all(probes.map(async (url) => [url, await statusOf(url)]))).filter(
  ([, status]) => status !== undefined,
);
const failed = answers.filter(([, status]) => status < 200 || status > 299);
for (const [url, status] of failed) console.error(`${url}: ${status || 'no answer in time'}`);
if (answers.length === 0) console.error('no Sluice process answers on WRITE_PORT, READ_PORT or WEB_PORT');
process.exit(answers.length > 0 && failed.length === 0 ? 0 : 1);
