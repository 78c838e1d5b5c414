import { describe, expect, it } from 'vitest';
import { CHART_PADDING, CHART_WIDTH, layoutBars, wrapLabel } from '../../src/lib/bar-chart';

const bars = [
  { label: 'Full', value: 1, valueText: '100%' },
  { label: 'Half', value: 0.5, valueText: '50%' },
  { label: 'None', value: 0, valueText: '0%' },
];

describe('bar chart layout', () => {
  it('grows bars from the left edge in a left-to-right language', () => {
    const layout = layoutBars(bars, 1, 'ltr');
    for (const bar of layout.bars) expect(bar.barX).toBe(CHART_PADDING);
    expect(layout.bars[1]?.barWidth).toBeCloseTo(layout.trackWidth / 2);
    expect(layout.bars[1]?.valueX).toBeGreaterThan(CHART_PADDING + (layout.bars[1]?.barWidth ?? 0));
  });

  it('grows bars from the right edge in a right-to-left language, mirroring labels and values', () => {
    const ltr = layoutBars(bars, 1, 'ltr');
    const rtl = layoutBars(bars, 1, 'rtl');
    rtl.bars.forEach((bar, index) => {
      const mirror = ltr.bars[index];
      expect(bar.barX + bar.barWidth).toBeCloseTo(CHART_WIDTH - CHART_PADDING);
      expect(bar.barWidth).toBeCloseTo(mirror?.barWidth ?? -1);
      expect(bar.labelX).toBe(CHART_WIDTH - (mirror?.labelX ?? 0));
      expect(bar.valueX).toBeCloseTo(CHART_WIDTH - (mirror?.valueX ?? 0));
    });
  });

  it('keeps values inside the scale, and draws nothing for a scale of zero', () => {
    const layout = layoutBars([{ label: 'Over', value: 3, valueText: '3' }], 2, 'ltr');
    expect(layout.bars[0]?.barWidth).toBeCloseTo(layout.trackWidth);
    expect(layoutBars([{ label: 'Zero', value: 0, valueText: '0' }], 0, 'ltr').bars[0]?.barWidth).toBe(0);
    expect(layout.bars[0]?.valueX).toBeLessThan(CHART_WIDTH);
  });
});

describe('bar chart labels', () => {
  it('break long labels at spaces into lines that fit, and give their rows room', () => {
    const label = 'Представительства при международных организациях';
    const lines = wrapLabel(label, CHART_WIDTH - 2 * CHART_PADDING);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(label);
    const [short, long] = layoutBars(
      [
        { label: 'Африка', value: 1, valueText: '1' },
        { label, value: 1, valueText: '1' },
      ],
      1,
      'ltr',
    ).bars;
    expect((long?.barY ?? 0) - (long?.labelY ?? 0)).toBeGreaterThan((short?.barY ?? 0) - (short?.labelY ?? 0));
  });

  it('break text written without spaces between characters', () => {
    const lines = wrapLabel('按地区列出已公布人权联络人联系方式的代表团比例按地区列出已公布人权联络人联系方式的代表团比例', 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toHaveLength(46);
  });

  it('keep a short label on one line', () => {
    expect(wrapLabel('Secure channel', 300)).toEqual(['Secure channel']);
  });
});
