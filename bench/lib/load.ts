// A small closed-loop load generator: `clients` workers each send a request, wait for the
// answer and send the next, until `total` requests are done or `until()` says stop.

export type LoadResult = { requests: number; seconds: number; perSecond: number; p50: number; p99: number; statuses: Record<number, number> };

export async function runLoad(options: {
  clients: number;
  total?: number;
  until?: () => boolean;
  request: (i: number) => Promise<Response>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const more = () => (options.total === undefined ? !options.until!() : next < options.total);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (more()) {
        const i = next++;
        const t0 = performance.now();
        const response = await options.request(i);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, seconds, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), statuses };
}

export function describe(name: string, result: LoadResult): string {
  return `${name}: ${result.requests} requests in ${result.seconds.toFixed(1)} s = ${result.perSecond.toFixed(0)}/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, statuses ${JSON.stringify(result.statuses)}`;
}
