// How a section script hands its numbers to bench/run.ts: one `BENCH_RESULT <json>` line on stdout.

const MARK = 'BENCH_RESULT ';

export function emitResult(result: object): void {
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
}

export function parseResult<T>(stdout: string): T | null {
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  return line ? (JSON.parse(line.slice(MARK.length)) as T) : null;
}
