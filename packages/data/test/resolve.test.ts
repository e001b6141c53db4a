import { describe, expect, it } from 'vitest';
import { parks } from '../src/data/index.js';
import { findPark } from '../src/query/resolve.js';

describe('findPark on every zone’s own names', () => {
  it.each(parks.map((p) => [p.id, p] as const))('%s', (id, p) => {
    for (const name of [p.name.zh, p.name.zhShort, p.name.en, p.name.enShort, p.name.enCited]) {
      if (name === null) continue;
      expect(findPark(name, parks), name).toMatchObject({ status: 'found', id });
      expect(findPark(name.toUpperCase(), parks), name).toMatchObject({ status: 'found', id });
    }
  });
});

describe('findPark on real-world spellings', () => {
  it.each([
    ['平顶山高新区', 'pingdingshan'],
    ['平顶山国家高新区', 'pingdingshan'],
    ['国家平顶山高新技术产业开发区', 'pingdingshan'],
    ['Pingdingshan National High-tech Industrial Development Zone', 'pingdingshan'],
    ['张江', 'zhangjiang'],
    ['张江高新区', 'zhangjiang'],
    ['上海张江国家高新区', 'zhangjiang'],
    ['Zhangjiang Hi-Tech Park', 'zhangjiang'],
    ['Zhongguancun', 'zhongguancun'],
    ['ＺＨＯＮＧＧＵＡＮＣＵＮ', 'zhongguancun'],
    ['中关村', 'zhongguancun'],
    ['北京中关村', 'zhongguancun'],
    ['东湖高新区', 'wuhan-donghu'],
    ['Wuhan East Lake High-Tech Zone', 'wuhan-donghu'],
    ['深圳市高新区', 'shenzhen'],
    ['杨凌示范区', 'yangling'],
    ['雄安', 'xiongan'],
    ["Xiong'an", 'xiongan'],
    ['西安高新区', 'xian'],
    ["Xi'an Hi-Tech Zone", 'xian'],
    ['石河子高新区', 'shihezi'],
    ['重庆高新区', 'chongqing'],
    ['宿迁市高新区', 'suqian'],
    ['苏州工业园区', 'suzhou-industrial-park'],
    ['Suzhou Industrial Park', 'suzhou-industrial-park'],
    ['长春净月', 'changchun-jingyue'],
    ['位于平顶山高新区的企业', 'pingdingshan'],
  ])('%s → %s', (text, id) => {
    expect(findPark(text, parks)).toMatchObject({ status: 'found', id });
  });

  it.each([
    ['Fuzhou', ['fuzhou', 'fuzhou-jiangxi']],
    ['Suzhou', ['suzhou', 'suzhou-industrial-park']],
  ])('%s is ambiguous, with the candidates and a reason', (text, ids) => {
    const match = findPark(text, parks);
    expect(match.status).toBe('ambiguous');
    if (match.status !== 'ambiguous') return;
    expect(match.candidates.map((c) => c.id)).toEqual(ids);
    for (const c of match.candidates) expect(c.reason).toContain(text);
  });

  it.each(['', '   ', '北京大学', 'Atlantis High-Tech Zone'])('%j resolves to none', (text) => {
    expect(findPark(text, parks)).toEqual({ status: 'none' });
  });

  it('works on any list of parks it is given', () => {
    const two = parks.filter((p) => p.id === 'suzhou' || p.id === 'wuxi');
    expect(findPark('Suzhou', two)).toMatchObject({ status: 'found', id: 'suzhou' });
  });
});
