import { z } from 'zod';

import { EXPANDABLE_NODES, HIERARCHY_NODES } from '../../exchange-hierarchy';
import { SAMPLE } from '../../sample';
import { defineScreen } from '../../screen-spec';

/** Exchange Administrator's main window: the hierarchy, the contents pane, the File and Tools menus, raw mode. */
export const spec = defineScreen({
  title: 'Exchange Administrator: main window',
  targets: {
    'organization-node': 'the Organization object in the hierarchy',
    'site-node': 'the Site object in the hierarchy',
    'configuration-node': 'the Configuration container in the hierarchy',
    'recipients-node': 'the Recipients container in the hierarchy',
    'contents-pane': 'the contents pane',
    'file-menu': 'the File menu',
    'tools-menu': 'the Tools menu',
    'properties-command': 'the Properties command on the File menu',
    'options-command': 'the Options command on the Tools menu',
    'properties-button': 'the Properties button on the toolbar',
    'site-item': 'the Site object in the contents pane',
    'configuration-item': 'the Configuration container in the contents pane',
    'recipient-row': 'the mailbox in the contents pane',
    'raw-properties-command': 'the Raw Properties command on the File menu',
  },
  state: z.object({
    /** The object selected in the hierarchy (left pane); default the organization. */
    selected: z.enum(HIERARCHY_NODES).optional(),
    /** Containers shown expanded; the selected object's containers are always expanded. */
    expanded: z.array(z.enum(EXPANDABLE_NODES)).optional(),
    /** A menu shown open. */
    menu: z.enum(['file', 'tools']).optional(),
    /** Started in raw mode (`admin /r`): the File menu offers Raw Properties. */
    raw: z.boolean().optional(),
    /** With Recipients selected: the mailbox (display name) a step points at, and whether it is drawn selected. */
    recipient: z.enum(SAMPLE.msMailUsers.map((u) => u.name) as [string, ...string[]]).optional(),
    recipientSelected: z.boolean().optional(),
  }),
});
