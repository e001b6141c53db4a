import { describe, expect, test } from 'vitest';
import { barLength, describeBars } from '../../src/lib/chart';
import { stepFont } from '../../src/lib/prefs';
import type { BarDatum } from '../../src/lib/types';

describe('stepFont', () => {
  test('moves one step and stops at the ends', () => {
    expect(stepFont(100, 1)).toBe(115);
    expect(stepFont(115, 1)).toBe(130);
    expect(stepFont(100, -1)).toBe(90);
    expect(stepFont(90, -1)).toBe(90);
    expect(stepFont(150, 1)).toBe(150);
  });

  test('an odd saved value snaps to the steps', () => {
    expect(stepFont(95, 1)).toBe(115);
    expect(stepFont(95, -1)).toBe(90);
    expect(stepFont(400, -1)).toBe(130);
  });
});

describe('bar chart geometry and text', () => {
  test('bars are proportional, with a visible minimum', () => {
    expect(barLength(70, 70, 120)).toBe(120);
    expect(barLength(35, 70, 120)).toBe(60);
    expect(barLength(6, 70, 120)).toBe(10);
    expect(barLength(0, 70, 120)).toBe(2);
    expect(barLength(1, 1e10, 120)).toBe(2);
  });

  const bar = (zh: string, en: string, valueZh: string, valueEn: string): BarDatum => ({
    parkId: en.toLowerCase(),
    zone: { zh, en },
    value: 1,
    display: { zh: valueZh, en: valueEn },
    label: { zh: '', en: '' },
    period: null,
    figureId: en,
    qualifier: 'exact',
    status: 'reported',
  });

  test('the description reads every bar in the reader’s language', () => {
    const bars = [
      bar('甲区', 'Zone A', '70家', '70 enterprises'),
      bar('乙区', 'Zone B', '6家', '6 enterprises'),
    ];
    expect(describeBars('zh', bars)).toBe('甲区：70家；乙区：6家');
    expect(describeBars('en', bars)).toBe('Zone A: 70 enterprises; Zone B: 6 enterprises');
  });
});
