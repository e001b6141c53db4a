import type { CheckProblem } from '../check/problem.js';
import { runCheck } from '../check/run.js';
import { EXIT } from '../io/errors.js';
import { emit } from '../io/output.js';
import { sourcesDirs } from '../sources/folder.js';

const line = (p: CheckProblem) => {
  const where = [p.file, p.path || (p.sourceId && `source "${p.sourceId}"`)].filter(Boolean).join(': ');
  const id = p.recordId ? ` (${p.recordId})` : '';
  return `  ${where}${id}: ${p.message}`;
};

export function checkCommand(records: string[], options: { sources?: string[]; json?: boolean }): number {
  const report = runCheck(records, sourcesDirs(options.sources));
  emit(!!options.json, report, () => {
    const subject =
      records.length === 0
        ? 'the shipped dataset'
        : `${report.checked.records} record(s) from ${records.length} file(s) laid over the shipped dataset`;
    const out = [`checked ${subject}; source texts from ${report.checked.sourcesDirs.join(', ')}`];
    for (const s of report.sources)
      out.push(`  source ${s.id}: ${s.status === 'found' ? `text found (${s.path})` : s.message}`);
    out.push(`  ${report.cited} cited source(s) without a stored text`);
    if (report.warnings.length > 0) {
      out.push(`${report.warnings.length} warning(s) (failures under CI):`);
      out.push(...report.warnings.map(line));
    }
    if (report.problems.length > 0) {
      out.push(`${report.problems.length} problem(s):`);
      out.push(...report.problems.map(line));
    } else out.push('no problems');
    return out;
  });
  return report.ok ? EXIT.ok : EXIT.problems;
}
