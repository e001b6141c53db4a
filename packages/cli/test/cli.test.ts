import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { cli, record, STACK_FRAME } from './cli.js';

const COMMANDS = ['check', 'locate', 'source', 'diff', 'changeset', 'release-check', 'baseline'];

describe('hitech-data, the binary', () => {
  it('lists every command in its help and exits 0', () => {
    const run = cli(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run.stdout).toContain('Exit codes: 0 ok, 1 problems found, 2 usage error');
  });

  it.each(COMMANDS)('has --help for %s', (command) => {
    const run = cli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: hitech-data ${command}`);
  });

  it('prints the package version', () => {
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it.each([
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['check', '--frobnicate']],
    ['a missing argument', ['locate', 'page-b69735abe0be3e0d']],
    ['too many arguments', ['diff', 'a', 'b', 'c']],
    ['a missing record file', ['check', 'no-such-file.json']],
    ['a folder given as a record file', ['check', 'test']],
    ['a missing source text', ['source', 'no-such-text.txt']],
    ['an unknown source', ['locate', 'no-such-source', 'quote']],
    ['an empty quote', ['locate', 'page-b69735abe0be3e0d', '  ']],
    ['a bad --limit', ['locate', record('../fixture-bulletin.txt'), '2099年', '--limit', 'x']],
    ['neither file nor ref', ['diff', 'no-such-ref-or-file', 'HEAD']],
  ])('exits 2 on %s, with a message and no stack trace', (_, args) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).not.toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
