#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { locateCommand } from './commands/locate.js';
import { baselineCommand, changesetCommand, releaseCheckCommand } from './commands/release.js';
import { sourceCommand } from './commands/source.js';
import { StoredSource } from './data-package.js';
import { EXIT, UsageError } from './io/errors.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const sourcesOption = () =>
  new Option(
    '--sources <dir>',
    'folder of source texts, repeatable (default: $HITECH_SEED_DIR, else ../shared/seed/ beside the checkout)',
  ).argParser(collect);
const jsonOption = () => new Option('--json', 'print one JSON document for machines');

/** Runs a command body and turns its result into the exit code; bad input never shows a stack trace. */
const run =
  <A extends unknown[]>(body: (...args: A) => number) =>
  (...args: A) => {
    process.exitCode = body(...args);
  };

const program = new Command()
  .name('hitech-data')
  .description(
    'The contributor command line of @hitech/data: check records, locate quotes, describe sources, diff releases.',
  )
  .version(pkg.version)
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText('after', '\nExit codes: 0 ok, 1 problems found, 2 usage error.');

program
  .command('check')
  .description(
    'validate the shipped dataset, or record files laid over it by id, against schemas, integrity rules and source texts',
  )
  .argument(
    '[records...]',
    'JSON files: one record, an array of records, or a partial dataset ({ "observations": [...], "sources": [...] })',
  )
  .addOption(sourcesOption())
  .addOption(jsonOption())
  .addHelpText('after', '\nA missing source text is a warning, and a failure when CI is set.')
  .action(run((records: string[], options) => checkCommand(records, options)));

program
  .command('locate')
  .description(
    'print the offsets of a quote in a source text, across line and page breaks; suggest the closest spans otherwise',
  )
  .argument('<source>', 'a source id, the path of a text file, or a SHA-256')
  .argument('<quote>', 'the phrase to find')
  .addOption(sourcesOption())
  .option('--records <file>', 'a record file whose `sources` declare more source ids (repeatable)', collect)
  .option('--limit <n>', 'how many close spans to suggest', '3')
  .addOption(jsonOption())
  .action(run((source: string, quote: string, options) => locateCommand(source, quote, options)));

program
  .command('source')
  .description(
    'print a complete stored-source record for a new text (id from its SHA-256, hash, length; null where the text cannot tell), checked with parseSource',
  )
  .argument('<file>', 'the text file (UTF-8)')
  .option('--title <title>', 'title of the source, as printed')
  .addOption(
    new Option('--kind <kind>', 'kind of source (default: "other", listed to fill)').choices(
      StoredSource.shape.kind.options,
    ),
  )
  .option('--publisher <name>', 'who published it, as printed')
  .option('--date <period>', "the source's own date (YYYY, YYYY-MM or YYYY-MM-DD)")
  .option('--language <tag>', 'BCP 47 language tag (default: zh-CN for Han text, listed to check)')
  .option('--url <url>', 'a complete http(s) address')
  .option('--id-prefix <slug>', 'prefix of the id derived from the hash', 'page')
  .addOption(jsonOption())
  .addHelpText(
    'after',
    '\nNew ids are <prefix>-<first 16 hex digits of the SHA-256>. A text already in the dataset keeps its released id.',
  )
  .action(run((file: string, options) => sourceCommand(file, options)));

program
  .command('diff')
  .description(
    'what changed between two dataset versions by record id, each change classed breaking or additive, and the semver bump',
  )
  .argument('<old>', 'a dataset JSON file, a folder of collection files, a release baseline, or a git ref')
  .argument('<new>', 'the same kinds as <old>')
  .option('--data-path <path>', 'where a git ref keeps the collection files', 'packages/data/src/data')
  .option('--changeset', 'print a Changesets entry for @hitech/data instead')
  .option('--write <dir>', 'write the Changesets entry into this folder (e.g. .changeset)')
  .addOption(jsonOption())
  .action(run((oldSpec: string, newSpec: string, options) => diffCommand(oldSpec, newSpec, options)));

program
  .command('changeset')
  .description(
    'write .changeset/data-<hash>.md from the diff between the last release (the committed baseline, else the last tag, else HEAD) and the working tree',
  )
  .option('--since <ref>', 'git ref, dataset file or release baseline to compare with')
  .option('--dir <dir>', 'folder of changesets (default .changeset at the checkout root)')
  .option('--data <dir>', 'the records (default packages/data/src/data)')
  .option('--dry-run', 'print the entry instead of writing it')
  .action(run((options) => changesetCommand(options)));

program
  .command('release-check')
  .description(
    'fail when the data changed since the release baseline in a breaking way without a major bump planned',
  )
  .option('--baseline <file>', 'release baseline (default packages/data/release/baseline.json)')
  .option('--data <dir>', 'the records (default packages/data/src/data)')
  .option('--package <dir>', 'the package whose version is checked (default packages/data)')
  .option('--changesets <dir>', 'pending changesets (default .changeset)')
  .option('--strict', 'also fail when a minor or patch bump is missing')
  .addOption(jsonOption())
  .action(run((options) => releaseCheckCommand(options)));

program
  .command('baseline')
  .description(
    'record the released dataset and version as the next release-check baseline (run by `pnpm version-packages`)',
  )
  .option('--out <file>', 'where to write it (default packages/data/release/baseline.json)')
  .option('--data <dir>', 'the records (default packages/data/src/data)')
  .option('--package <dir>', 'the package whose version is recorded (default packages/data)')
  .action(run((options) => baselineCommand(options)));

try {
  program.parse();
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help); only the exit code is ours.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof UsageError) {
    process.stderr.write(`hitech-data: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`hitech-data: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (process.env.HITECH_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = EXIT.problems;
  }
}
