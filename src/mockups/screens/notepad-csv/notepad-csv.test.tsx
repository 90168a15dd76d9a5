import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { NotepadCsvScreen } from './notepad-csv';

const lines = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-slot="win-text-line"]')].map((l) => l.textContent);

describe('NotepadCsvScreen', () => {
  it('starts with the columns of KB Q150438 (then Secondary-Proxy-Addresses) and one line per user', () => {
    const { container } = render(<NotepadCsvScreen />);
    const [header, ...users] = lines(container);
    expect(header!.split(',')).toEqual([
      'SFS_UserName',
      'SFS_FullName',
      'MigrateUser',
      'Obj-Class',
      'Mode',
      'Common-Name',
      'Display-Name',
      'Given-Name',
      'Surname',
      'Home-Server',
      'Comment',
      'Assoc-NT-Account',
      'Secondary-Proxy-Addresses',
    ]);
    // Every line has as many fields as the header, with the wizard's defaults.
    for (const line of users) {
      const fields = line!.split(',');
      expect(fields).toHaveLength(13);
      expect([fields[2], fields[3], fields[4], fields[9]]).toEqual(['Y', 'Mailbox', 'Create', '~SERVER']);
      expect(fields[5]).toBe(fields[0]);
      expect(fields[12]).toBe(`migrate:MS:ACMENET/HEADPO/${fields[0]}`);
    }
  });

  it('draws the edited line: Mode empty (two commas side by side) and Common-Name from the state; other lines unchanged', () => {
    const { container } = render(<NotepadCsvScreen user="BRUNOK" mode="blank" commonName="BKeller" />);
    const all = lines(container);
    expect(all.find((l) => l!.startsWith('BRUNOK,'))).toBe(
      'BRUNOK,Bruno Keller,Y,Mailbox,,BKeller,Bruno Keller,,,~SERVER,,,migrate:MS:ACMENET/HEADPO/BRUNOK',
    );
    expect(all.filter((l) => l!.includes(',Mailbox,Create,'))).toHaveLength(3);
    expect(container.querySelector('[data-target="mode-value"]')?.textContent).toBe(',,');
    expect(container.querySelector('[data-target="common-name-value"]')?.textContent).toBe('BKeller');
  });

  it('names the file in the title bar', () => {
    const { getByText } = render(<NotepadCsvScreen fileName="phase2.csv" />);
    expect(getByText('phase2.csv - Notepad')).toBeInTheDocument();
  });
});
