/**
 * The enums of the record schemas as zod schemas of their own, for apps that validate query
 * parameters with them (`ObservationStatus.optional()`), taken from the record schemas so they are
 * declared once.
 */
import type { z } from 'zod';
import { Note } from './schema/common.js';
import { Event } from './schema/event.js';
import { Observation } from './schema/observation.js';

export const ObservationStatus = Observation.shape.status;
export type ObservationStatus = z.infer<typeof ObservationStatus>;

export const EventKind = Event.shape.kind;
export type EventKind = z.infer<typeof EventKind>;

export const NoteKind = Note.shape.kind;
export type NoteKind = z.infer<typeof NoteKind>;
