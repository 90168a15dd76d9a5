/** The gallery’s pictures of this screen, in each state the steps use (listed by ../../gallery.ts). */
import { galleryStates } from '../../gallery-states';
import { SAMPLE } from '../../sample';
import type { spec } from './spec';

export const gallery = galleryStates<typeof spec>([
  {
    name: 'Organization selected',
    state: { selected: 'organization' },
    target: 'organization-node',
    description: `Exchange Administrator connected to ${SAMPLE.server}. The organization ${SAMPLE.organization} is selected at the top of the hierarchy; the contents pane lists its containers.`,
  },
  {
    name: 'File menu open on Properties',
    state: { selected: 'organization', menu: 'file' },
    target: 'properties-command',
    description: 'The File menu is open with the organization selected; Properties opens its Properties dialog.',
  },
  {
    name: 'Site selected',
    state: { selected: 'site' },
    target: 'site-node',
    description: `The site ${SAMPLE.site} is selected under the organization; it contains Configuration and Recipients.`,
  },
  {
    name: 'Configuration selected',
    state: { selected: 'configuration', expanded: ['organization', 'site', 'configuration'] },
    target: 'configuration-node',
    description:
      'The Configuration container of the site is selected and expanded; the contents pane lists its containers and site objects.',
  },
  {
    name: 'Raw mode: a mailbox selected in Recipients',
    state: { selected: 'recipients', raw: true, recipient: 'Carla Moreau', recipientSelected: true },
    target: 'recipient-row',
    description:
      'Exchange Administrator started in raw mode (admin /r) with the Recipients container selected and the mailbox of Carla Moreau selected in the contents pane.',
  },
  {
    name: 'Raw mode: File menu open on Raw Properties',
    state: { selected: 'recipients', raw: true, recipient: 'Carla Moreau', recipientSelected: true, menu: 'file' },
    target: 'raw-properties-command',
    description:
      'In raw mode the File menu has a Raw Properties command after Properties; it opens the raw properties of the selected mailbox.',
  },
  {
    name: 'Tools menu open on Options',
    state: { selected: 'organization', menu: 'tools' },
    target: 'options-command',
    description: 'The Tools menu is open; Options opens the dialog that controls the Permissions tab.',
  },
]);
