/**
 * The hierarchy tree of Exchange Server 5.5 Administrator (domain-facts §1.2),
 * as plain data: which objects exist and what each contains. The names the
 * tree shows live in labels.ts. Pure TypeScript: the catalog reads the ids.
 */

export const HIERARCHY_NODES = [
  'organization',
  'address-book-views',
  'folders',
  'public-folders',
  'system-folders',
  'global-address-list',
  'site',
  'configuration',
  'add-ins',
  'addressing',
  'connections',
  'directory-replication',
  'monitors',
  'protocols',
  'servers',
  'server',
  'recipients',
] as const;
export type HierarchyNode = (typeof HIERARCHY_NODES)[number];

/** Containers that have sub-containers, i.e. a +/– box in the tree. */
export const EXPANDABLE_NODES = ['organization', 'folders', 'site', 'configuration', 'servers'] as const;
export type ExpandableNode = (typeof EXPANDABLE_NODES)[number];

export type NodeIcon = 'organization' | 'site' | 'folder' | 'address-list' | 'configuration' | 'server' | 'recipients';

/** Sub-containers of each container, in the order the tree lists them. */
export const HIERARCHY_CHILDREN: Readonly<Partial<Record<HierarchyNode, readonly HierarchyNode[]>>> = {
  organization: ['address-book-views', 'folders', 'global-address-list', 'site'],
  folders: ['public-folders', 'system-folders'],
  site: ['configuration', 'recipients'],
  configuration: ['add-ins', 'addressing', 'connections', 'directory-replication', 'monitors', 'protocols', 'servers'],
  servers: ['server'],
};

export const HIERARCHY_ICONS: Readonly<Record<HierarchyNode, NodeIcon>> = {
  organization: 'organization',
  'address-book-views': 'address-list',
  folders: 'folder',
  'public-folders': 'folder',
  'system-folders': 'folder',
  'global-address-list': 'address-list',
  site: 'site',
  configuration: 'configuration',
  'add-ins': 'folder',
  addressing: 'folder',
  connections: 'folder',
  'directory-replication': 'folder',
  monitors: 'folder',
  protocols: 'folder',
  servers: 'folder',
  server: 'server',
  recipients: 'recipients',
};

/** The container directly above a node, or undefined for the organization. */
export function parentOf(node: HierarchyNode): HierarchyNode | undefined {
  for (const [parent, children] of Object.entries(HIERARCHY_CHILDREN)) {
    if (children?.includes(node)) return parent as HierarchyNode;
  }
  return undefined;
}

/** Every container above a node, nearest first. */
export function ancestorsOf(node: HierarchyNode): HierarchyNode[] {
  const out: HierarchyNode[] = [];
  for (let p = parentOf(node); p; p = parentOf(p)) out.push(p);
  return out;
}
