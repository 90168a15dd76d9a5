/**
 * Words for outcome kinds, shared by the outcome page, the statistics and the
 * session report. The session as text (for a ticket, Markdown, print) is
 * built in src/features/wizard/export/session-report.ts.
 */
import { plainText } from '@/components/ui/rich-text';

const OUTCOME_KIND: Record<string, string> = {
  diagnosis: 'Diagnosis',
  'not-this': 'Probably not this article',
  'other-cause': 'Other known cause',
  'not-applicable': 'Article does not apply',
  resolved: 'Resolved',
  escalate: 'Escalation',
};

/** Words for how sure a verdict is (src/engine/verdict.ts), for headlines, reports and statistics. */
const LEVEL: Record<string, string> = {
  confirmed: 'Confirmed',
  likely: 'Likely',
  possible: 'Possible',
  'ruled-out': 'Ruled out',
};

export function levelLabel(level: string): string {
  return LEVEL[level] ?? level;
}

/** An outcome's headline: its title, led by how sure its verdict is when it names a cause. */
export function outcomeHeadline(title: string, v: { readonly level: string } | undefined): string {
  return v ? `${levelLabel(v.level)}: ${plainText(title)}` : plainText(title);
}

export function outcomeKindLabel(type: string): string {
  return OUTCOME_KIND[type] ?? type;
}

/**
 * "Resolved: the messages were migrated", not "Resolved: Resolved: …", and "Probably not Q255888: …", not
 * "Probably not this article: Probably not Q255888: …": a title that starts as its kind does says it once.
 */
export function kindAndTitle(kind: string, title: string): string {
  return title.startsWith(kind.split(' ').slice(0, 2).join(' ')) ? title : `${kind}: ${title}`;
}

/** A source's reference: "KB Q255888" for a Knowledge Base article, any other document as it is named. */
export const refText = (ref: string): string => (/^Q\d{6}$/.test(ref) ? `KB ${ref}` : ref);

/**
 * A source as the pages cite it: "KB Q255888, Cause". A manual's reference already names it as documentation, so
 * its section ("Documentation") is not said again.
 */
export const sourceText = ({ ref, section }: { ref: string; section: string }): string =>
  section === 'Documentation' ? refText(ref) : `${refText(ref)}, ${section}`;

/** A source with its note, as a page's "Source:" line cites it: "KB Q255888, Resolution (step 4)". */
export const citation = (source: { ref: string; section: string; note?: string }): string =>
  `${sourceText(source)}${source.note ? ` (${source.note})` : ''}`;
