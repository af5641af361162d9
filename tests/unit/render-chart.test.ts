// The activity chart: one bar per day (or week, month), events marked, every text escaped, no script or style attribute.

import { describe, expect, it } from 'vitest';
import { timelineChartSvg } from '../../src/render/timelineChart';
import { chartView, type ActivityDay } from '../../src/render/views/timeline';

const chart = (days: ActivityDay[], subject = 'Vladimir Putin') => timelineChartSvg(chartView('actors', 'x', subject, days, 'mentions'));

describe('timelineChartSvg', () => {
  it('draws a bar for each day with activity, gaps kept, and marks days with events', () => {
    const svg = chart([
      { date: '2021-12-23', count: 4, events: 1 },
      { date: '2021-12-31', count: 2, events: 0 },
    ]);
    expect(svg.match(/<rect class="chart-bar"/g)).toHaveLength(2);
    expect(svg.match(/<path class="chart-event" d="M[\d.]+ 24/g)).toHaveLength(1);
    expect(svg).toContain('<title>2021-12-23: 4, 1 event</title>');
    expect(svg).toContain('>2021-12-23</text>');
    expect(svg).toContain('>2021-12-31</text>');
  });

  it('groups a long span by week', () => {
    const svg = chart([
      { date: '2021-01-01', count: 1, events: 0 },
      { date: '2021-12-31', count: 1, events: 0 },
    ]);
    expect(svg).toContain('week of 2021-01-01');
    expect(svg).toContain('highest: 1 in a week');
  });

  it('escapes every text and carries no script, handler or style attribute', () => {
    const svg = chart([{ date: '2021-12-23', count: 1, events: 0 }], '</title><script>alert(1)</script>');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(svg).not.toMatch(/<script|\son\w+=|style=/);
  });

  it('says so when nothing is dated', () => {
    const svg = chart([]);
    expect(svg).toContain('No dated activity yet.');
    expect(svg).toContain('<title id="activity-chart-title">No dated activity for Vladimir Putin.</title>');
  });
});
