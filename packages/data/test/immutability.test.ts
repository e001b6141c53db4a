/**
 * One consumer cannot change the records another one reads: every record is frozen at any depth (ES
 * modules are strict, so a write throws), and helpers hand out new arrays.
 */
import { describe, expect, it } from 'vitest';
import * as data from '../src/index.js';

const { dataset, observationById, observations, parkById, parks } = data;

describe('the shipped records', () => {
  it('throw on sorting, emptying or pushing a collection', () => {
    const before = parks.map((p) => p.id);
    expect(() => (parks as data.Park[]).sort((a, b) => b.id.localeCompare(a.id))).toThrow(TypeError);
    expect(() => {
      (observations as data.Observation[]).length = 0;
    }).toThrow(TypeError);
    expect(() => (observations as data.Observation[]).push(observations[0]!)).toThrow(TypeError);
    expect(parks.map((p) => p.id)).toEqual(before);
    expect(observations).toHaveLength(dataset.observations.length);
  });

  it('throw on a change at any depth', () => {
    const obs = observations[0]! as { -readonly [K in keyof data.Observation]: unknown } & data.Observation;
    expect(() => {
      (obs as { value: number }).value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (obs.label as { en: string }).en = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (obs.evidence as { start: number }).start = 0;
    }).toThrow(TypeError);
    expect(() => (parks[0]!.highlights as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (dataset as { parks: unknown }).parks = [];
    }).toThrow(TypeError);
    expect(() => {
      (data.TOPIC_LABELS.finance as { en: string }).en = 'Money';
    }).toThrow(TypeError);
  });

  it('keep every object frozen, all the way down', () => {
    const unfrozen: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      if (!Object.isFrozen(node)) unfrozen.push(where);
      for (const [key, child] of Object.entries(node)) visit(child, `${where}.${key}`);
    };
    visit(dataset, 'dataset');
    expect(unfrozen).toEqual([]);
  });

  it('still answer look-ups after every attempt', () => {
    expect(parkById('suqian').name.zhShort).toBe('宿迁高新区');
    expect(observationById(observations.at(-1)!.id)).toBe(observations.at(-1));
  });
});

describe('helpers', () => {
  it('return a new array each time, which the caller may sort', () => {
    const first = data.observationsOfPark('chongqing');
    const second = data.observationsOfPark('chongqing');
    expect(first).not.toBe(second);
    first.sort((a, b) => b.id.localeCompare(a.id)).length = 0;
    expect(data.observationsOfPark('chongqing')).toEqual(second);
    for (const list of [data.eventsOfPark('suqian'), data.entitiesOfPark('suqian'), data.search('nylon')]) {
      expect(Object.isFrozen(list)).toBe(false);
    }
  });

  it('do not hand out the records’ own arrays inside search hits', () => {
    const hit = data.search('张江').find((h) => h.kind === 'park');
    expect(hit?.parkIds).toEqual(['zhangjiang']);
    hit?.parkIds.push('suqian');
    expect(data.search('张江').find((h) => h.kind === 'park')?.parkIds).toEqual(['zhangjiang']);
  });
});
