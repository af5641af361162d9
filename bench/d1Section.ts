// Section "d1" of `npm run bench`: sheet latency and D1 rows read as the corpus grows (100, 1,000, 10,000 articles).
import { benchD1Scale } from './d1.ts';
import { emitResult } from './result.ts';

const sizes = (process.env.BENCH_D1_SIZES ?? '100,1000,10000').split(',').map(Number);
emitResult({ rows: await benchD1Scale(sizes) });
