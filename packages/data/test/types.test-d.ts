/**
 * The published types, as a consumer sees them: these imports resolve through package.json `exports`
 * to dist/*.d.ts, so `pnpm build` must run first (turbo's test task depends on it). Run by
 * `vitest --typecheck` as part of `pnpm test`; a line marked @ts-expect-error that compiles fails it.
 */
import {
  type EntityId,
  entityById,
  formatValue,
  type IndicatorKey,
  type Observation,
  type ObservationId,
  observationById,
  observations,
  observationsOfPark,
  type Park,
  type ParkId,
  parkById,
  parks,
  search,
  TOPIC_LABELS,
} from '@hitech/data';
import { formatPeriod, type LocaleTag } from '@hitech/data/format';
import { createSearch, type SearchSource, searchSourceOf } from '@hitech/data/query';
import { type ObservationStatus, validateDataset } from '@hitech/data/schema';
import { type Label, STATUS_LABELS, type TOPICS } from '@hitech/data/vocabulary';
import { describe, expectTypeOf, it } from 'vitest';

describe('ids are literal unions from the data', () => {
  it('rejects a park id with a typo', () => {
    observationsOfPark('pingdingshan');
    // @ts-expect-error: 'pingdingshn' is not a park id
    observationsOfPark('pingdingshn');
    // @ts-expect-error: an unchecked string is not a park id either
    observationsOfPark('pingdingshan' as string);
    expectTypeOf<'pingdingshan' | 'zhangjiang' | 'chongqing' | 'suqian'>().toExtend<ParkId>();
    expectTypeOf<string>().not.toExtend<ParkId>();
  });

  it('narrows record ids and references', () => {
    expectTypeOf<Observation['id']>().toEqualTypeOf<ObservationId>();
    expectTypeOf<Observation['indicator']>().toEqualTypeOf<IndicatorKey>();
    expectTypeOf<Observation['partOf']>().toEqualTypeOf<ObservationId | null>();
    expectTypeOf<Observation['entityIds'][number]>().toEqualTypeOf<EntityId>();
    expectTypeOf<'pds-signed-investment-2021'>().toExtend<ObservationId>();
    expectTypeOf<'pds-signed-investment-2022'>().not.toExtend<ObservationId>();
    // @ts-expect-error: not an indicator key
    observationsOfPark('suqian', { indicator: 'gdp' });
  });

  it('gives a record for a known id and maybe one for any other string', () => {
    expectTypeOf(parkById('suqian')).toEqualTypeOf<Park>();
    expectTypeOf(parkById('suqian' as string)).toEqualTypeOf<Park | undefined>();
    expectTypeOf(observationById('cq-loan-cap')).toEqualTypeOf<Observation>();
    expectTypeOf(entityById).parameter(0).toExtend<string>();
  });
});

describe('languages', () => {
  it('accepts Chinese and English tags only', () => {
    const o = observations[0]!;
    formatValue(o, 'zh-CN');
    formatValue(o, 'en-GB');
    formatPeriod('2021', 'zh');
    // @ts-expect-error: French is not a language the package writes
    formatValue(o, 'fr');
    // @ts-expect-error: neither is an arbitrary string
    formatPeriod('2021', 'de-DE' as string);
    expectTypeOf<'zh-Hans-CN'>().toExtend<LocaleTag>();
  });
});

describe('readonly records', () => {
  it('rejects writes at compile time too', () => {
    // @ts-expect-error: sort mutates; the collections are readonly
    parks.sort();
    // @ts-expect-error: length is readonly
    observations.length = 0;
    // @ts-expect-error: nested fields are readonly
    observations[0]!.label.en = 'changed';
    // @ts-expect-error: labels are readonly
    TOPIC_LABELS.finance = { zh: '', en: '' };
  });

  it('hands out mutable arrays from helpers', () => {
    observationsOfPark('suqian').sort();
    search('nylon')[0]?.parkIds.push('suqian');
  });
});

describe('vocabulary', () => {
  it('labels every value of each enum', () => {
    expectTypeOf(STATUS_LABELS).toEqualTypeOf<{ readonly [K in ObservationStatus]: Label }>();
    expectTypeOf<(typeof TOPICS)[number]>().toEqualTypeOf<keyof typeof TOPIC_LABELS>();
  });
});

describe('search takes a narrow input', () => {
  it('accepts the dataset or the slice searchSourceOf makes, without casts', () => {
    createSearch({ parks, entities: [], indicators: [] });
    const slice: SearchSource = searchSourceOf({ parks, entities: [], indicators: [] });
    createSearch(JSON.parse(JSON.stringify(slice)) as SearchSource);
    // @ts-expect-error: a park without its names is not searchable
    createSearch({ parks: [{ id: 'suqian' }], entities: [], indicators: [] });
  });
});

describe('validation', () => {
  it('takes unknown input', () => {
    expectTypeOf(validateDataset).parameter(0).toEqualTypeOf<unknown>();
  });
});
