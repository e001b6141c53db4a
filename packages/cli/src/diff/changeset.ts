import type { Bump, DatasetDiff } from './compare.js';

const listed = (ids: string[], max = 12) =>
  ids.length <= max
    ? ids.map((id) => `\`${id}\``).join(', ')
    : `${ids
        .slice(0, max)
        .map((id) => `\`${id}\``)
        .join(', ')} and ${ids.length - max} more`;

/** A human summary of a dataset diff, one bullet per collection and per shape change. */
export function diffSummaryLines(diff: DatasetDiff): string[] {
  const lines: string[] = [];
  for (const c of diff.collections) {
    if (c.status !== 'kept') {
      lines.push(`- \`${c.name}\`: collection ${c.status}${c.status === 'removed' ? ' (breaking)' : ''}`);
      continue;
    }
    const parts = [
      c.added.length && `${c.added.length} added (${listed(c.added)})`,
      c.removed.length && `${c.removed.length} removed (${listed(c.removed)}; breaking)`,
      c.renamed.length &&
        `${c.renamed.length} renamed (${c.renamed.map((r) => `\`${r.from}\` → \`${r.to}\``).join(', ')}; breaking)`,
      c.changed.length && `${c.changed.length} changed (${listed(c.changed.map((x) => x.id))})`,
    ].filter(Boolean);
    if (parts.length) lines.push(`- \`${c.name}\`: ${parts.join('; ')}`);
  }
  for (const s of diff.shape) {
    const breaking =
      s.change === 'field-removed' || s.change === 'type-narrowed' || s.change === 'type-changed';
    const types = s.change.startsWith('type') ? ` (${s.from.join(' | ')} → ${s.to.join(' | ')})` : '';
    lines.push(
      `- \`${s.collection}.${s.path}\`: ${s.change.replace('-', ' ')}${types}${breaking ? ' (breaking)' : ''}`,
    );
  }
  return lines;
}

/** The data package's migration note, which every major entry points to. */
export const MIGRATION_IN_REPO = 'packages/data/MIGRATION.md';

/**
 * A Changesets entry (`.changeset/<name>.md`) for the data package, written from the diff: the bump in
 * the front matter, the summary line and the changes by collection in the body; a major entry points to
 * the migration note (the link is relative to packages/data/CHANGELOG.md, where the entry ends up).
 */
export function changesetMarkdown(
  diff: DatasetDiff,
  range: { from: string; to: string; fromVersion?: string | undefined },
  options: { packageName?: string; migration?: boolean } = {},
): string {
  const packageName = options.packageName ?? '@hitech/data';
  const bump = diff.bump as Exclude<Bump, 'none'>;
  const breaking = diff.changes.filter((c) => c.class === 'breaking').length;
  const headline =
    bump === 'major'
      ? `Data: ${breaking} breaking change${breaking === 1 ? '' : 's'} (see below).`
      : bump === 'minor'
        ? 'Data: new records or fields.'
        : 'Data: corrections to existing records.';
  return [
    '---',
    `'${packageName}': ${bump}`,
    '---',
    '',
    headline,
    '',
    ...(bump === 'major' && options.migration
      ? [`How to migrate: [${MIGRATION_IN_REPO}](./MIGRATION.md).`, '']
      : []),
    `Written by \`hitech-data diff ${range.from} ${range.to} --changeset\`${range.fromVersion ? ` (${range.from} was then release ${range.fromVersion})` : ''}:`,
    '',
    ...diffSummaryLines(diff),
    '',
  ].join('\n');
}
