// Where the parts of a horizontal bar chart go, in SVG user units. SVG coordinates do not follow
// the page's direction, so right-to-left charts are mirrored here: bars grow from the right edge,
// and labels and values start from it too (the SVG's `direction` makes text-anchor="start" mean right).
export interface ChartBar {
  label: string;
  /** The bar's value, between 0 and max. */
  value: number;
  /** The value as written on the chart, already formatted for the reader's language. */
  valueText: string;
  /** Drawn with a hatch pattern instead of solid fill, to tell a reference figure from today's. */
  hatched?: boolean;
}

export interface PlacedBar extends ChartBar {
  labelX: number;
  labelY: number;
  /** The label broken into lines that fit the chart's width (SVG text does not wrap by itself). */
  labelLines: string[];
  trackX: number;
  barX: number;
  barY: number;
  barWidth: number;
  valueX: number;
  valueY: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  trackWidth: number;
  barHeight: number;
  lineHeight: number;
  bars: PlacedBar[];
}

// Sized for a phone: at 320 px the chart is drawn at about its natural size, so its text stays readable.
export const CHART_WIDTH = 320;
export const CHART_PADDING = 4;
/** The font size of the chart's text, in user units (site.css sets the same). */
export const CHART_FONT_SIZE = 13;
const LINE_HEIGHT = 16;
const LABEL_BASELINE = 15;
const BAR_GAP = 6;
const BAR_HEIGHT = 14;
const ROW_GAP = 11;
const VALUE_GAP = 5;
/** Room kept after the longest bar for its value. */
const VALUE_ROOM = 64;

// A generous estimate of a character's width, in ems: wide for Chinese, Japanese and Korean, and a
// little wider than most Latin, Cyrillic and Arabic letters, so that an estimated line never overflows.
function charWidth(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u.test(char) ? 1 : 0.62;
}

function textWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0) * CHART_FONT_SIZE;
}

/** Breaks a label at spaces (or between characters, for scripts written without spaces) to fit `width`. */
export function wrapLabel(label: string, width: number): string[] {
  const words = label.includes(' ') ? label.split(' ') : [...label];
  const joiner = label.includes(' ') ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line}${joiner}${word}`;
    if (line !== '' && textWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return line === '' ? lines : [...lines, line];
}

export function layoutBars(bars: readonly ChartBar[], max: number, dir: 'ltr' | 'rtl'): ChartLayout {
  const trackWidth = CHART_WIDTH - 2 * CHART_PADDING - VALUE_ROOM;
  const start = dir === 'ltr' ? CHART_PADDING : CHART_WIDTH - CHART_PADDING;
  const toward = dir === 'ltr' ? 1 : -1;
  const round = (value: number) => Math.round(value * 100) / 100;
  let top = CHART_PADDING;
  const placed = bars.map((bar) => {
    const labelLines = wrapLabel(bar.label, CHART_WIDTH - 2 * CHART_PADDING);
    const barY = top + LABEL_BASELINE + (labelLines.length - 1) * LINE_HEIGHT + BAR_GAP;
    const barWidth = max > 0 ? (Math.min(Math.max(bar.value, 0), max) / max) * trackWidth : 0;
    const row = {
      ...bar,
      labelX: start,
      labelY: top + LABEL_BASELINE,
      labelLines,
      trackX: dir === 'ltr' ? start : start - trackWidth,
      barX: round(dir === 'ltr' ? start : start - barWidth),
      barY,
      barWidth: round(barWidth),
      valueX: round(start + toward * (barWidth + VALUE_GAP)),
      valueY: barY + BAR_HEIGHT - 3,
    };
    top = barY + BAR_HEIGHT + ROW_GAP;
    return row;
  });
  return {
    width: CHART_WIDTH,
    height: top - ROW_GAP + CHART_PADDING,
    trackWidth,
    barHeight: BAR_HEIGHT,
    lineHeight: LINE_HEIGHT,
    bars: placed,
  };
}
