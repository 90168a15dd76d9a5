/**
 * Screen 1: Microsoft Exchange Administrator, main window. The frame holds
 * the menu bar, toolbar and an MDI child window titled
 * "<server> in <site> - <object>" with the hierarchy (left) and the
 * contents of the selected container (right).
 */
import type { ReactNode } from 'react';

import { SAMPLE } from '../../sample';
import {
  EXPANDABLE_NODES,
  HIERARCHY_CHILDREN,
  HIERARCHY_ICONS,
  type HierarchyNode,
  ancestorsOf,
} from '../../exchange-hierarchy';
import { EXCHANGE_ADMIN_LABELS as L } from './labels';
import type { IconName } from '../../win/icons';
import { ListView, ListViewRow } from '../../win/list-view';
import { Menu, MenuBar, MenuBarItem, MenuItem, MenuSeparator } from '../../win/menu-bar';
import { MockupScreen } from '../../win/mockup-screen';
import { StatusBar, StatusBarField } from '../../win/status-bar';
import { Toolbar, ToolbarButton, ToolbarSeparator } from '../../win/toolbar';
import { TreeItem, TreeView } from '../../win/tree-view';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';

/** Tree nodes a step can point at, by node. */
const NODE_TARGETS: Partial<Record<HierarchyNode, string>> = {
  organization: 'organization-node',
  site: 'site-node',
  configuration: 'configuration-node',
  recipients: 'recipients-node',
};

/** Containers listed in the contents pane that a step can point at (double-clicking one opens its Properties). */
const ITEM_TARGETS: Partial<Record<HierarchyNode, string>> = {
  site: 'site-item',
  configuration: 'configuration-item',
};

const CONTENT_ICONS: Partial<Record<HierarchyNode, IconName>> = {
  recipients: 'mailbox',
};

function isExpandable(node: HierarchyNode): boolean {
  return (EXPANDABLE_NODES as readonly string[]).includes(node);
}

export function ExchangeAdminScreen({
  selected = 'organization',
  expanded,
  menu,
  raw = false,
  recipient,
  recipientSelected = false,
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const open = new Set<HierarchyNode>([...(expanded ?? ['organization', 'site']), ...ancestorsOf(selected)]);

  const renderNode = (node: HierarchyNode, root = false): ReactNode => {
    const children = HIERARCHY_CHILDREN[node] ?? [];
    const expandable = isExpandable(node);
    return (
      <TreeItem
        key={node}
        root={root}
        label={L.nodes[node]}
        icon={HIERARCHY_ICONS[node]}
        expandable={expandable}
        expanded={open.has(node)}
        selected={node === selected}
        targetId={NODE_TARGETS[node]}
        itemKey={`node:${node}`}
      >
        {children.map((c) => renderNode(c))}
      </TreeItem>
    );
  };

  const subContainers = HIERARCHY_CHILDREN[selected] ?? [];
  const extra: readonly string[] = (L.contents as Partial<Record<HierarchyNode, readonly string[]>>)[selected] ?? [];
  const contents: { key: string; label: string; icon: IconName; targetId?: string }[] = [
    ...subContainers.map((c) => ({ key: c, label: L.nodes[c], icon: HIERARCHY_ICONS[c], targetId: ITEM_TARGETS[c] })),
    ...extra.map((label) => ({ key: label, label, icon: CONTENT_ICONS[selected] ?? 'properties' })),
  ];

  return (
    <MockupScreen screen="exchange-admin" target={target} interactive={interactive} onAction={onAction}>
      <Window className="h-[420px] w-[640px]">
        <WindowTitleBar title={L.appTitle} icon="exchange" />
        <MenuBar>
          <MenuBarItem label={L.menus.file} open={menu === 'file'} targetId="file-menu" itemKey="menu:file">
            <Menu label={L.menus.file}>
              <MenuItem label={L.fileMenu.connect} />
              <MenuItem label={L.fileMenu.close} />
              <MenuSeparator />
              <MenuItem label={L.fileMenu.newMailbox} />
              <MenuItem label={L.fileMenu.newOther} submenu />
              <MenuSeparator />
              <MenuItem
                label={L.fileMenu.properties}
                shortcut={L.fileMenu.propertiesShortcut}
                targetId="properties-command"
                active={target === 'properties-command'}
              />
              {raw && (
                <MenuItem
                  label={L.fileMenu.rawProperties}
                  shortcut={L.fileMenu.rawPropertiesShortcut}
                  targetId="raw-properties-command"
                  active={target === 'raw-properties-command'}
                />
              )}
              <MenuSeparator />
              <MenuItem label={L.fileMenu.exit} />
            </Menu>
          </MenuBarItem>
          <MenuBarItem label={L.menus.edit} itemKey="menu:edit" />
          <MenuBarItem label={L.menus.view} itemKey="menu:view" />
          <MenuBarItem label={L.menus.tools} open={menu === 'tools'} targetId="tools-menu" itemKey="menu:tools">
            <Menu label={L.menus.tools}>
              <MenuItem label={L.toolsMenu.directoryImport} />
              <MenuItem label={L.toolsMenu.directoryExport} />
              <MenuItem label={L.toolsMenu.extractAccounts} />
              <MenuItem label={L.toolsMenu.moveMailbox} />
              <MenuSeparator />
              <MenuItem label={L.toolsMenu.options} targetId="options-command" active={target === 'options-command'} />
            </Menu>
          </MenuBarItem>
          <MenuBarItem label={L.menus.window} itemKey="menu:window" />
          <MenuBarItem label={L.menus.help} itemKey="menu:help" />
        </MenuBar>
        <Toolbar label={L.toolbar.label}>
          <ToolbarButton label={L.toolbar.newMailbox} icon="mailbox" />
          <ToolbarButton label={L.toolbar.properties} icon="properties" targetId="properties-button" />
          <ToolbarSeparator />
          <ToolbarButton label={L.toolbar.upOneLevel} icon="up-level" />
          <ToolbarSeparator />
          <ToolbarButton label={L.toolbar.help} icon="help" />
        </Toolbar>
        {/* MDI client area (AppWorkspace) with one child window */}
        <WindowBody className="flex bg-win-shadow p-[3px]">
          <Window className="min-w-0 flex-1">
            <WindowTitleBar title={L.childTitle(SAMPLE.server, SAMPLE.site, L.nodes[selected])} />
            <div className="flex min-h-0 flex-1 gap-[3px] pt-[2px]">
              <TreeView label={L.hierarchyLabel} className="w-[230px] shrink-0">
                {renderNode('organization', true)}
              </TreeView>
              <ListView
                label={L.nodes[selected]}
                columns={[{ key: 'name', label: L.contentsColumns.displayName }]}
                targetId="contents-pane"
                className="min-w-0 flex-1"
              >
                {contents.map((row) => {
                  // A mailbox a step points at (KB Q186742: select it, then File > Raw Properties).
                  const isRecipient = selected === 'recipients' && row.label === recipient;
                  return (
                    <ListViewRow
                      key={row.key}
                      cells={[row.label]}
                      icon={row.icon}
                      selected={isRecipient && recipientSelected}
                      targetId={isRecipient ? 'recipient-row' : row.targetId}
                    />
                  );
                })}
              </ListView>
            </div>
          </Window>
        </WindowBody>
        <StatusBar>
          <StatusBarField className="flex-1">{L.statusReady}</StatusBarField>
          <StatusBarField className="w-[140px]">{L.statusObjects(contents.length)}</StatusBarField>
        </StatusBar>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { ExchangeAdminScreen as Screen };
