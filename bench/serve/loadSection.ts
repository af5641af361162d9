// Section "load" of `npm run bench`: the bounded loopback load test of the built Worker (30 s, 64 connections).
import { runLoad } from '../load.ts';
import { emitResult } from '../result.ts';

const seconds = Number(process.env.BENCH_LOAD_TEST_SECONDS ?? 30);
const result = await runLoad({ seconds, connections: 64 });
console.error(`load: ${result.requests} requests, ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, errors ${result.errors}, non-2xx ${result.non2xx}`);
emitResult(result);
