/** Writes either the machine form (one JSON document) or the human lines, never both. */
export function emit(json: boolean, value: unknown, lines: () => string[]): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${lines().join('\n')}\n`);
}

export const warn = (message: string) => process.stderr.write(`hitech-data: ${message}\n`);
