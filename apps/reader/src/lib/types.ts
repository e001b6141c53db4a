import type { Bi } from './i18n';

/** A figure as the pages show it: formatted for both languages at build time. */
export interface FigureCard {
  id: string;
  parkId: string;
  indicator: string;
  label: Bi;
  value: Bi;
  status: string;
  qualifier: string;
  period: Bi | null;
}

export interface Named {
  id: string;
  name: Bi;
}

export interface ZoneCardData {
  id: string;
  name: Bi;
  place: Bi;
  leadingIndustries: Bi[];
  summary: Bi;
  highlights: { text: Bi; figure: FigureCard | null }[];
}

export interface TimelineItem {
  id: string;
  date: Bi;
  iso: string;
  kind: string;
  title: Bi;
  national: boolean;
}

export interface NoteView {
  kind: string;
  text: Bi;
}

export interface BarDatum {
  parkId: string;
  zone: Bi;
  value: number;
  display: Bi;
  label: Bi;
  period: Bi | null;
  figureId: string;
  qualifier: string;
  status: string;
}

export interface CompareGroupView {
  key: string;
  title: Bi;
  unit: Bi;
  bars: BarDatum[];
}

/** The slice of the dataset the search page downloads, shaped for @hitech/data's `createSearch`. */
export interface SearchIndex {
  parks: unknown[];
  entities: unknown[];
  indicators: unknown[];
  /** indicator key → figures of it */
  figures: Record<string, { id: string; parkId: string }[]>;
  zoneNames: Record<string, Bi>;
}
