import type { Dataset } from '../schema/dataset.js';
import type { Park } from '../schema/park.js';
import type { CitedSource } from '../schema/source.js';
import { registryProseProblems } from './prose.js';
import type { PathSegment } from './result.js';

/** Sources that do not make a zone national on their own: community lists and statistical code tables. */
const NOT_EVIDENCE_OF_STATUS = new Set<CitedSource['kind']>(['community-list', 'statistical-codes']);
const OFFICIAL = new Set<CitedSource['kind']>(['official-text', 'government-site']);
const MATERIAL_REF = /\b(?:E\d+|N\d+|GH|NBS\d{4}|NBS-T)\b/g;

/**
 * The confidence the registry material's rule gives a zone from its cited sources:
 * `low` when nothing but community content and code tables names it; `high` possible only when an
 * official text or government site of high trust is cited (or a source quoting the approval), or two independent pages
 * that are not community content back the row that are not
 * community content back the row (its date where it has one); `medium` otherwise.
 */
export function confidenceBounds(
  park: Park,
  sourceOf: (id: string) => CitedSource | undefined,
): { low: boolean; highAllowed: boolean } {
  const { citations, approvedBasis } = park.registry;
  const all = [...citations.membership, ...citations.approved, ...citations.documentNumber]
    .map(sourceOf)
    .filter((s): s is CitedSource => s !== undefined);
  const low = !all.some((s) => !NOT_EVIDENCE_OF_STATUS.has(s.kind));
  const official = all.some((s) => (OFFICIAL.has(s.kind) && s.trust === 'high') || s.quotesOfficial);
  const backing = [...new Set([...citations.membership, ...citations.approved])]
    .map(sourceOf)
    .filter((s): s is CitedSource => s !== undefined && !NOT_EVIDENCE_OF_STATUS.has(s.kind));
  // Sources that are the same page count once.
  const independent = backing.filter(
    (s, i) => !backing.slice(0, i).some((t) => t.sameAs.includes(s.id) || s.sameAs.includes(t.id)),
  );
  const pages = independent.reduce((n, s) => n + s.pages, 0);
  return { low, highAllowed: !low && approvedBasis !== 'inferred' && (official || pages >= 2) };
}

type Report = (path: PathSegment[], message: string) => void;

/** Printable ASCII and CJK unified ideographs are already NFKC: skipping ICU's normaliser saves ms on a first call. */
const NFKC_STABLE = /^[ -~\u4e00-\u9fff]*$/;
const comparable = (name: string) => (NFKC_STABLE.test(name) ? name : name.normalize('NFKC')).toLowerCase();

/** Every problem of the registry: citations, confidence, dates, codes, names, completeness and prose. */
export function registryProblems(data: Dataset, report: Report): void {
  const cited = new Map(
    data.sources.filter((s): s is CitedSource => s.storage === 'cited').map((s) => [s.id, s]),
  );
  const refs = new Set([...cited.values()].map((s) => s.ref));
  const sourceOf = (id: string) => cited.get(id);
  const byName = new Map<string, string>();
  const compiled = data.registry.compiled;

  data.parks.forEach((park, i) => {
    const at = (...rest: PathSegment[]) => ['parks', i, ...rest];
    const r = park.registry;
    const c = r.citations;

    // Names: no two zones share one, in either language.
    for (const key of ['zh', 'zhShort', 'en', 'enShort'] as const) {
      const name = comparable(park.name[key]);
      const other = byName.get(name);
      if (other && other !== park.id)
        report(at('name', key), `"${park.name[key]}" is also the name of "${other}"`);
      else byName.set(name, park.id);
    }
    if (park.name.basis.en === 'cited' && park.name.en !== park.name.enCited)
      report(at('name', 'en'), 'a cited English name must be the one the source prints (name.enCited)');
    if (park.name.basis.zhShort === 'page' && park.articleId === null)
      report(at('name', 'basis', 'zhShort'), 'only a zone the column reports on has a name from the page');

    // Citations: each names a cited source, and each fact has one that supports it.
    for (const [fact, ids] of Object.entries(c))
      ids.forEach((id, j) => {
        if (!cited.has(id))
          report(at('registry', 'citations', fact, j), `refers to unknown cited source "${id}"`);
      });
    const supports = (id: string) => sourceOf(id)?.supports.en ?? '';
    if (r.approved !== null) {
      const year = r.approved.slice(0, 4);
      if (c.approved.length === 0)
        report(at('registry', 'citations', 'approved'), 'the approval date cites no source');
      c.approved.forEach((id, j) => {
        if (cited.has(id) && !supports(id).includes(year))
          report(
            at('registry', 'citations', 'approved', j),
            `source "${id}" does not support a date in ${year}`,
          );
      });
    } else if (c.approved.length > 0)
      report(at('registry', 'citations', 'approved'), 'cites sources for a date the zone does not have');
    if (r.documentNumber !== null) {
      if (c.documentNumber.length === 0)
        report(at('registry', 'citations', 'documentNumber'), 'the document number cites no source');
      const docYear = /〔(\d{4})〕/.exec(r.documentNumber)?.[1];
      if (r.approved !== null && docYear !== r.approved.slice(0, 4))
        report(at('registry', 'documentNumber'), `a document of ${docYear} cannot approve in ${r.approved}`);
    }
    if (r.nbsCode !== null) {
      if (!c.nbsCode.some((id) => sourceOf(id)?.kind === 'statistical-codes'))
        report(at('registry', 'citations', 'nbsCode'), 'the NBS code cites no statistical code table');
      const city = park.city.code;
      const under = city === park.province.code ? city.slice(0, 2) : city.slice(0, 4);
      if (!r.nbsCode.startsWith(under))
        report(at('registry', 'nbsCode'), `${r.nbsCode} does not lie under ${park.city.zh} (${city})`);
    }
    if ((park.name.enCited !== null) !== c.nameEn.length > 0)
      report(at('registry', 'citations', 'nameEn'), 'a cited English name and its sources go together');

    // Dates: not before the first zone (1988), not after the registry was compiled.
    if (r.approved !== null && (r.approved < '1988' || r.approved.slice(0, compiled.length) > compiled))
      report(at('registry', 'approved'), `${r.approved} lies outside 1988–${compiled}`);

    // Notes name sources by the material's ids; each must be a cited source.
    r.notes.forEach((note, j) => {
      for (const ref of note.en.match(MATERIAL_REF) ?? [])
        if (!refs.has(ref)) report(at('registry', 'notes', j), `names source ${ref}, which is not cited`);
    });

    const bounds = confidenceBounds(park, sourceOf);
    if (bounds.low && r.confidence !== 'low')
      report(
        at('registry', 'confidence'),
        'only community content or code tables name this zone: confidence is low',
      );
    if (!bounds.low && r.confidence === 'low')
      report(
        at('registry', 'confidence'),
        'a source beyond community content names this zone: confidence is not low',
      );
    if (r.confidence === 'high' && !bounds.highAllowed)
      report(
        at('registry', 'confidence'),
        'high needs an official text or government site of high trust, or two independent sources that are not community content',
      );
  });

  // The registry as a whole states its completeness from a cited source.
  const reg = data.registry;
  const at = (...rest: PathSegment[]) => ['registry', ...rest];
  if (reg.zones !== data.parks.length)
    report(at('zones'), `says ${reg.zones} zones, the dataset lists ${data.parks.length}`);
  const total = sourceOf(reg.officialTotal.sourceId);
  if (!total)
    report(at('officialTotal', 'sourceId'), `refers to unknown cited source "${reg.officialTotal.sourceId}"`);
  else if (!total.supports.en.includes(String(reg.officialTotal.value)))
    report(
      at('officialTotal', 'sourceId'),
      `source "${total.id}" does not support a total of ${reg.officialTotal.value}`,
    );
  reg.addedSince.forEach((id, j) => {
    const park = data.parks.find((p) => p.id === id);
    if (!park) report(at('addedSince', j), `refers to unknown park "${id}"`);
    else if ((park.registry.approved ?? '') <= reg.officialTotal.asOf)
      report(at('addedSince', j), `"${id}" was not approved after ${reg.officialTotal.asOf}`);
  });
  const expected = reg.officialTotal.value + reg.addedSince.length - reg.missing.length;
  if (expected !== data.parks.length)
    report(
      at('missing'),
      `${reg.officialTotal.value} official + ${reg.addedSince.length} added − ${reg.missing.length} missing is ${expected}, not the ${data.parks.length} listed`,
    );
  reg.missing.forEach((m, j) =>
    m.sourceIds.forEach((id, k) => {
      if (!cited.has(id)) report(at('missing', j, 'sourceIds', k), `refers to unknown cited source "${id}"`);
    }),
  );
  if (!cited.has(reg.divisionCodes.sourceId))
    report(at('divisionCodes', 'sourceId'), `refers to unknown cited source "${reg.divisionCodes.sourceId}"`);

  registryProseProblems(data, report);
}
