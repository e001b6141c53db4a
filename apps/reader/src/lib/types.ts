import type {
  EntityType,
  EventKind,
  NoteKind,
  Observation,
  ObservationStatus,
  ParkId,
  Qualifier,
  Topic,
} from '@hitech/data';
import type { SearchSource } from '@hitech/data/query';
import type {
  ApprovalBasis,
  ApprovalPrecision,
  ClaimKind,
  ClaimScope,
  Confidence,
  FactBasis,
  RegistryCitations,
  RegistryNoteKind,
  SourceKind,
  ZoneKind,
} from '@hitech/data/schema';
import type { Bi } from './i18n';

/** A registry fact a zone's citations back. */
export type CitedFact = keyof RegistryCitations;

export type ComparisonKind = Observation['comparisons'][number]['kind'];

/** A figure as the pages show it: formatted for both languages at build time. */
export interface FigureCard {
  id: string;
  parkId: string;
  indicator: string;
  label: Bi;
  value: Bi;
  status: ObservationStatus;
  qualifier: Qualifier;
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
  kind: EventKind;
  title: Bi;
  national: boolean;
}

export interface NoteView {
  kind: NoteKind;
  text: Bi;
}

export interface TopicGroup {
  topic: Topic;
  figures: FigureCard[];
}

export interface EntityGroup {
  type: EntityType;
  list: (Named & { description: Bi | null })[];
}

export interface BarDatum {
  parkId: string;
  zone: Bi;
  value: number;
  display: Bi;
  label: Bi;
  period: Bi | null;
  figureId: string;
  qualifier: Qualifier;
  status: ObservationStatus;
}

export interface CompareGroupView {
  key: string;
  title: Bi;
  /** What the members share and where they still differ, from the data's indicator family. */
  description: Bi;
  bars: BarDatum[];
}

/** Where a figure comes from, as a reader can check it: what the source prints and what it does not. */
export interface SourceView {
  kind: SourceKind;
  /** Column or series the source belongs to. */
  series: Bi | null;
  /** The report within the source, where the figure is in one. */
  headline: Bi | null;
  reporter: Bi | null;
  /** null: the source prints none (the page prints no title, date or publisher). */
  title: Bi | null;
  date: Bi | null;
  publisher: string | null;
  /** The year the figures are taken to refer to, when the source prints no date. */
  referenceYear: { value: number; reason: Bi } | null;
}

/** A cited source of the registry, with the facts of one zone it backs. */
export interface CitationView {
  id: string;
  kind: SourceKind;
  /** The title or a short description, in both languages (a title printed in Chinese stays as printed). */
  title: Bi | null;
  publisher: string | null;
  date: Bi | null;
  url: string | null;
  /** An address recorded without a link (partial, or several). */
  address: string | null;
  trust: Confidence;
  facts: CitedFact[];
}

/** How a registry zone is known: its identity facts, each with how it is known. */
export interface IdentityView {
  kind: ZoneKind;
  names: { zh: string; zhShort: string; en: string; enShort: string; enCited: string | null; pinyin: string };
  nameBasis: { zh: FactBasis; zhShort: FactBasis; en: FactBasis; enShort: FactBasis };
  province: { code: string; name: Bi };
  city: { code: string; name: Bi };
  approved: { iso: string; text: Bi; precision: ApprovalPrecision; basis: ApprovalBasis } | null;
  documentNumber: string | null;
  nbsCode: string | null;
  confidence: Confidence;
  citations: CitationView[];
  /** The registry's remarks, kept in English as compiled. */
  notes: { kind: RegistryNoteKind; text: Bi }[];
}

export interface ClaimView {
  id: string;
  kind: ClaimKind;
  scopes: ClaimScope[];
  subject: Bi;
  quote: string;
  figures: FigureCard[];
}

export interface DirectoryZone {
  id: ParkId;
  name: Bi;
  city: Bi;
  /** Approval year, null where no source gives the date. */
  year: number | null;
  summary: Bi;
  reported: boolean;
}

export interface DirectoryProvince {
  code: string;
  name: Bi;
  zones: DirectoryZone[];
}

/** Approvals per year, every year from the first to the last (zero where none), and the undated. */
export interface ApprovalsPerYear {
  years: { year: number; count: number }[];
  undated: number;
  total: number;
}

/** The search page's download: exactly the fields `createSearch` reads, plus where hits lead. */
export interface SearchIndex extends SearchSource {
  /** indicator key → figures of it */
  figures: Record<string, { id: string; parkId: string }[]>;
  zoneNames: Record<string, Bi>;
}
