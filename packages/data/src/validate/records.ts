import { Article } from '../schema/article.js';
import { Entity } from '../schema/entity.js';
import { Event } from '../schema/event.js';
import { Indicator } from '../schema/indicator.js';
import { Observation } from '../schema/observation.js';
import { Park } from '../schema/park.js';
import { Source } from '../schema/source.js';
import { safeParseWith } from './result.js';

/** Per-record parsers for contributors: each returns the typed record or every problem with its path. */
export const parseSource = (input: unknown) => safeParseWith(Source, input);
export const parsePark = (input: unknown) => safeParseWith(Park, input);
export const parseArticle = (input: unknown) => safeParseWith(Article, input);
export const parseIndicator = (input: unknown) => safeParseWith(Indicator, input);
export const parseObservation = (input: unknown) => safeParseWith(Observation, input);
export const parseEvent = (input: unknown) => safeParseWith(Event, input);
export const parseEntity = (input: unknown) => safeParseWith(Entity, input);
