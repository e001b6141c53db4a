/**
 * Tests that need an input from outside the repository (the column page) or a build step (dist/)
 * skip with a note on a developer's machine, but under CI a missing input is a failure.
 */
export function inputMissing(what: string, hint: string): boolean {
  const message = `${what} is missing: ${hint}`;
  const ci = process.env.CI;
  if (ci && !/^(0|false)$/i.test(ci))
    throw new Error(`${message} (CI is set, so this fails instead of skipping)`);
  console.warn(`${message}; these tests are skipped`);
  return true;
}
