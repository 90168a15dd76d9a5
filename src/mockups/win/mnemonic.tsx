/**
 * Draws a label whose access key is marked with `&` ("&File" → File with the
 * F underlined), as NT 4 menus always show it. "&&" draws a literal "&".
 */
export function Mnemonic({ label }: { label: string }) {
  const i = label.search(/&[^&]/);
  const clean = (s: string) => s.replaceAll('&&', '&');
  if (i < 0) return <>{clean(label)}</>;
  return (
    <>
      {clean(label.slice(0, i))}
      <span className="underline underline-offset-1">{label.charAt(i + 1)}</span>
      {clean(label.slice(i + 2))}
    </>
  );
}
