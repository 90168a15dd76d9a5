/**
 * The labels this screen draws, exactly as the sources print them (where
 * each comes from: ./sources.ts, listed in the gallery). `// unverified`
 * marks a label no source gives; a leading `&` marks a menu access key.
 */
// Event Viewer (domain-facts §3.2). The event itself comes from the content, through the state.
export const EVENT_VIEWER_LABELS = {
  title: (computer: string) => `Event Viewer - Application Log on \\\\${computer}`, // unverified
  menus: { log: '&Log', view: '&View', options: '&Options', help: '&Help' }, // unverified apart from Log
  columns: {
    date: 'Date',
    time: 'Time',
    source: 'Source',
    category: 'Category',
    event: 'Event',
    user: 'User',
    computer: 'Computer',
  },
  types: { error: 'Error', information: 'Information' },
  detail: {
    title: 'Event Detail',
    date: 'Date:',
    time: 'Time:',
    user: 'User:',
    computer: 'Computer:',
    eventId: 'Event ID:',
    source: 'Source:',
    type: 'Type:',
    category: 'Category:',
    description: 'Description:',
    data: 'Data:',
    bytes: 'Bytes',
    words: 'Words',
    close: 'Close', // unverified
    previous: 'Previous', // unverified
    next: 'Next', // unverified
    help: 'Help', // unverified
  },
  /** The User column of a service's event (MSExchangeMig logs none). */
  noUser: 'N/A', // unverified
  /** The Migration Wizard's summary event at the end of every run (KB Q255888's log). */
  event10068: { id: '10068', source: 'MSExchangeMig', type: 'Information', category: 'None' },
} as const;
