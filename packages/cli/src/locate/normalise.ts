/**
 * A text with white space removed and each character in NFKC form (full-width ， becomes ,), keeping
 * for every remaining character the offsets of the original character it came from, so a match in the
 * normalised text maps back to the real span of the source.
 */
export interface NormalisedText {
  text: string;
  /** Offset in the original text where the character at each normalised index starts. */
  starts: number[];
  /** Offset in the original text just past that character. */
  ends: number[];
}

const SPACE = /\s/u;

export function normalise(original: string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of original) {
    const next = at + char.length;
    if (!SPACE.test(char)) {
      const folded = char.normalize('NFKC');
      for (let k = 0; k < folded.length; k++) {
        starts.push(at);
        ends.push(next);
      }
      text += folded;
    }
    at = next;
  }
  return { text, starts, ends };
}

/** The original span covered by normalised indices [from, to). */
export const originalSpan = (n: NormalisedText, from: number, to: number) => ({
  start: n.starts[from] as number,
  end: n.ends[to - 1] as number,
});
