// Profiling target: the activity chart SVG of the largest topic, many times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { buildKbIndex } from '../../src/render/kbIndex.ts';
import { timelineChartSvg } from '../../src/render/timelineChart.ts';
import { topicChart } from '../../src/render/views/topicActivity.ts';
import { largestTopic } from '../render/largest.ts';

const kb = JSON.parse(readFileSync(join(process.cwd(), 'bench/.cache/kb-1000.json'), 'utf8')) as KnowledgeBase;
const index = buildKbIndex(kb);
const chart = topicChart(index, largestTopic(kb));
function charts(): void {
  for (let i = 0; i < 20000; i++) timelineChartSvg(chart);
}
charts();
