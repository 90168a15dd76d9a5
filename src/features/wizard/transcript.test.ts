import { describe, expect, it } from 'vitest';

import { kindAndTitle, outcomeKindLabel, refText, sourceText } from './transcript';

describe('kindAndTitle', () => {
  it('says a result’s kind once when its title already starts with it', () => {
    expect(kindAndTitle('Resolved', 'Resolved: the messages were migrated')).toBe(
      'Resolved: the messages were migrated',
    );
    expect(kindAndTitle(outcomeKindLabel('not-this'), 'Probably not Q255888: a single user fails too')).toBe(
      'Probably not Q255888: a single user fails too',
    );
    expect(kindAndTitle('Other known cause (confirmed)', 'Event 4088: a message was skipped')).toBe(
      'Other known cause (confirmed): Event 4088: a message was skipped',
    );
    expect(kindAndTitle('Escalation', 'Still not working: hand the case over')).toBe(
      'Escalation: Still not working: hand the case over',
    );
  });

  it('writes a KB article as "KB Q…" and any other source as it is named', () => {
    expect(refText('Q255888')).toBe('KB Q255888');
    expect(refText('Exchange Server 5.5 documentation')).toBe('Exchange Server 5.5 documentation');
  });

  it('cites an article with its section, and a manual without saying "Documentation" twice', () => {
    expect(sourceText({ ref: 'Q255888', section: 'Cause' })).toBe('KB Q255888, Cause');
    expect(
      sourceText({ ref: 'Exchange Server 5.5 documentation, Migration (xmg04022)', section: 'Documentation' }),
    ).toBe('Exchange Server 5.5 documentation, Migration (xmg04022)');
  });
});
