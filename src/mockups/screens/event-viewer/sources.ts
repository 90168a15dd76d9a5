/**
 * Where each label of this screen comes from, for the gallery (only the
 * gallery imports this, so these notes never load with a step).
 */
import type { LabelSource } from '../../label-sources';

export const sources: readonly LabelSource[] = [
  {
    label: 'Log, Date, Time, Source, Category, Event, User, Computer',
    source: 'domain-facts §3.2',
  },
  {
    label:
      'Event Detail, Date:, Time:, User:, Computer:, Event ID:, Source:, Type:, Category:, Description:, Data:, Bytes, Words',
    source: 'domain-facts §3.2',
    note: 'The source lists the fields by name; the colon after each is the Windows convention, and unverified here.',
  },
  {
    label: 'The error’s Event ID, Source, Type, Category and Description',
    source:
      'The article of the step that shows it (KB Q255888: event 7044; KB Q186742: event 7017), given by the content',
  },
  {
    label: '10068, MSExchangeMig, Information (the summary event at the end of a run)',
    source: 'KB Q169130, via domain-facts §3.1',
  },
  {
    label: 'Event Viewer - Application Log on \\\\<computer>',
    unverified: true,
    note: 'The window’s title: the sources name the program and its Application log, not the title bar’s words.',
  },
  { label: 'View', unverified: true },
  { label: 'Options', unverified: true },
  { label: 'Help', unverified: true },
  { label: 'Close', unverified: true },
  { label: 'Previous', unverified: true },
  { label: 'Next', unverified: true },
  { label: 'N/A', unverified: true, note: 'The User column of a service’s event.' },
  { label: 'Dates, times and the computer name', unverified: true, note: 'Our samples.' },
];
