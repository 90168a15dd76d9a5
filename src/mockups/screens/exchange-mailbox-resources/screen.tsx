/**
 * Screen 8: Microsoft Exchange Administrator with Mailbox Resources selected
 * under the server's Private Information Store (Configuration › Servers ›
 * <server> › Private Information Store › Mailbox Resources, KB Q188637): the
 * right pane lists each mailbox on the server with its size and number of
 * items. What an administrator can look at to check that a migration brought
 * the mail across, since Exchange Administrator cannot open a mailbox.
 *
 * Sourced: the path, "Private Information Store" and "Mailbox Resources".
 * Ours (see labels.ts): the column names, the server's other objects and the
 * numbers, which illustrate a run before and after the fix.
 */
import { SAMPLE } from '../../sample';
import { EXCHANGE_ADMIN_LABELS as A } from '../exchange-admin/labels';
import { MAILBOX_RESOURCES_LABELS as L } from './labels';
import type { IconName } from '../../win/icons';
import { ListView, ListViewRow } from '../../win/list-view';
import { MenuBar, MenuBarItem } from '../../win/menu-bar';
import { MockupScreen } from '../../win/mockup-screen';
import { StatusBar, StatusBarField } from '../../win/status-bar';
import { Toolbar, ToolbarButton, ToolbarSeparator } from '../../win/toolbar';
import { TreeItem, TreeView } from '../../win/tree-view';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';

type Row = { name: string; k: number; items: number };

/** Mailbox sizes (K) and item counts: three users migrated in the small batch after the fix; the fourth not yet. */
const AFTER_FIX: readonly Row[] = [
  { name: SAMPLE.msMailUsers[0].name, k: 4312, items: 186 },
  { name: SAMPLE.msMailUsers[1].name, k: 2870, items: 121 },
  { name: SAMPLE.msMailUsers[2].name, k: 6045, items: 240 },
  { name: SAMPLE.msMailUsers[3].name, k: 2, items: 0 },
];
/** After the run that hit Q255888: the mailboxes exist, their messages did not come. */
const BEFORE_FIX: readonly Row[] = SAMPLE.msMailUsers.map((u) => ({ name: u.name, k: 2, items: 0 }));

/** A tree item: label, icon, and its sub-items when it is drawn expanded (`[]` for a collapsed container). */
type Node = readonly [label: string, icon: IconName, children?: readonly Node[]];

/**
 * The hierarchy, expanded down to Mailbox Resources. The server's other
 * objects, and whatever else the Private Information Store holds, are left
 * out: our sources name only Mailbox Resources under it (KB Q188637).
 */
const TREE: Node = [
  A.nodes.organization,
  'organization',
  [
    [A.nodes['address-book-views'], 'address-list'],
    [A.nodes.folders, 'folder', []],
    [A.nodes['global-address-list'], 'address-list'],
    [
      A.nodes.site,
      'site',
      [
        [
          A.nodes.configuration,
          'configuration',
          [
            ...(
              ['add-ins', 'addressing', 'connections', 'directory-replication', 'monitors', 'protocols'] as const
            ).map((n): Node => [A.nodes[n], 'folder']),
            [
              A.nodes.servers,
              'folder',
              [[A.nodes.server, 'server', [[L.privateStore, 'properties', [[L.mailboxResources, 'mailbox']]]]]],
            ],
          ],
        ],
        [A.nodes.recipients, 'recipients'],
      ],
    ],
  ],
];

function renderNode([label, icon, children]: Node, root = false) {
  const selected = label === L.mailboxResources;
  return (
    <TreeItem
      key={label}
      root={root}
      label={label}
      icon={icon}
      expandable={children !== undefined}
      expanded={!!children?.length}
      selected={selected}
      targetId={selected ? 'mailbox-resources-node' : undefined}
    >
      {children?.map((c) => renderNode(c))}
    </TreeItem>
  );
}

const number = (n: number) => n.toLocaleString('en-US');

export function MailboxResourcesScreen({ run = 'after-fix', target, interactive, onAction }: ScreenProps<typeof spec>) {
  const rows = run === 'before-fix' ? BEFORE_FIX : AFTER_FIX;
  return (
    <MockupScreen screen="exchange-mailbox-resources" target={target} interactive={interactive} onAction={onAction}>
      <Window className="h-[440px] w-[640px]">
        <WindowTitleBar title={A.appTitle} icon="exchange" />
        <MenuBar>
          <MenuBarItem label={A.menus.file} />
          <MenuBarItem label={A.menus.edit} />
          <MenuBarItem label={A.menus.view} />
          <MenuBarItem label={A.menus.tools} />
          <MenuBarItem label={A.menus.window} />
          <MenuBarItem label={A.menus.help} />
        </MenuBar>
        <Toolbar label={A.toolbar.label}>
          <ToolbarButton label={A.toolbar.newMailbox} icon="mailbox" />
          <ToolbarButton label={A.toolbar.properties} icon="properties" />
          <ToolbarSeparator />
          <ToolbarButton label={A.toolbar.upOneLevel} icon="up-level" />
          <ToolbarSeparator />
          <ToolbarButton label={A.toolbar.help} icon="help" />
        </Toolbar>
        {/* MDI client area (AppWorkspace) with one child window */}
        <WindowBody className="flex bg-win-shadow p-[3px]">
          <Window className="min-w-0 flex-1">
            <WindowTitleBar title={A.childTitle(SAMPLE.server, SAMPLE.site, L.mailboxResources)} />
            <div className="flex min-h-0 flex-1 gap-[3px] pt-[2px]">
              <TreeView label={A.hierarchyLabel} className="w-[272px] shrink-0">
                {renderNode(TREE, true)}
              </TreeView>
              <ListView
                label={L.mailboxResources}
                columns={[
                  { key: 'mailbox', label: L.columns.mailbox, className: 'w-[124px]' },
                  { key: 'k', label: L.columns.totalK, className: 'w-[64px] text-right' },
                  { key: 'items', label: L.columns.totalItems, className: 'text-right' },
                ]}
                targetId="contents-pane"
                className="min-w-0 flex-1"
              >
                {rows.map((r, i) => (
                  <ListViewRow
                    key={r.name}
                    icon="mailbox"
                    selected={i === 0}
                    targetId={i === 0 ? 'migrated-mailbox' : undefined}
                    cells={[
                      r.name,
                      <span key="k" className="block text-right tabular-nums">
                        {number(r.k)}
                      </span>,
                      <span key="n" className="block text-right tabular-nums">
                        {number(r.items)}
                      </span>,
                    ]}
                  />
                ))}
              </ListView>
            </div>
          </Window>
        </WindowBody>
        <StatusBar>
          <StatusBarField className="flex-1">{A.statusReady}</StatusBarField>
          <StatusBarField className="w-[140px]">{A.statusObjects(rows.length)}</StatusBarField>
        </StatusBar>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { MailboxResourcesScreen as Screen };
