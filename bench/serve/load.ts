// Load from loopback, bounded in time: wrk when installed (apt-get install wrk), otherwise a closed-loop Node client.

import { spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { percentile } from '../stats.ts';

export interface LoadResult {
  tool: 'wrk' | 'node';
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
}

const hasWrk = (): boolean => spawnSync('wrk', ['--version']).error === undefined;

function toMs(value: string, unit: string): number {
  return Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? NaN);
}

/** One wrk thread leaves the other core to workerd; `--timeout` bounds a stuck request, `-d` the whole run. */
function runWrk(url: string, o: LoadOptions): LoadResult {
  const out = spawnSync('wrk', ['-t1', `-c${o.connections}`, `-d${o.seconds}s`, '--timeout', '5s', '--latency', url], {
    encoding: 'utf8',
    timeout: (o.seconds + 30) * 1000,
  });
  const text = out.stdout ?? '';
  const dist = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(text);
    return m ? toMs(m[1]!, m[2]!) : NaN;
  };
  const requests = Number(/(\d+) requests in/.exec(text)?.[1] ?? NaN);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const errors = non2xx + (socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0);
  return { tool: 'wrk', requests, errors, rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? NaN), p50Ms: dist('50'), p99Ms: dist('99') };
}

/** `connections` keep-alive clients, each sending its next request when the last one finishes. */
async function runNode(url: string, o: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + o.seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const req = request(url, { agent, timeout: 5000 }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) errors++;
          latencies.push(performance.now() - start);
          resolve();
        });
      });
      req.on('error', () => (errors++, resolve()));
      req.on('timeout', () => req.destroy());
      req.end();
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: o.connections }, async () => {
    while (performance.now() < end) await once();
  }));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { tool: 'node', requests: latencies.length, errors, rps: latencies.length / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

export async function runLoad(url: string, o: LoadOptions): Promise<LoadResult> {
  return hasWrk() ? runWrk(url, o) : runNode(url, o);
}
