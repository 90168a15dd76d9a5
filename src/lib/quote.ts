/**
 * Words in quotation marks, for labels quoted in running text. A label that
 * holds quotes of its own (an event's message) gets single quotes inside, so
 * the nesting reads right: “Event ID 7044: ‘Internal failure…’”, never
 * “Event ID 7044: “Internal failure…””.
 */
export function quoted(text: string): string {
  const inner = text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’');
  return `“${inner}”`;
}

/** "1 answer", "3 answers": a count with its noun, never "answer(s)". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
