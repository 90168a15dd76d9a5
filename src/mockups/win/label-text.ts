/** A label without its access-key marks: "&File" → "File", "&&" → "&". */
export function plainLabel(label: string): string {
  return label.replace(/&(.)/g, '$1');
}
