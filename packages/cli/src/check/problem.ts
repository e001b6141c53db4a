/** One thing wrong, located for a contributor: the file (when the record came from one), path and id. */
export interface CheckProblem {
  /** Path in the merged dataset (`observations[64].evidence.quote`), or in the file for file problems. */
  path: string;
  message: string;
  recordId?: string | undefined;
  /** The contributor's file the record came from, when it did. */
  file?: string | undefined;
  /** What the check is about when not a record: a source's text. */
  sourceId?: string | undefined;
}
