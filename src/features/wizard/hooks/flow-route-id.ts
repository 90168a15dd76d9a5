/** Route id of the flow layout, whose loader provides the flow (its own file: the router needs it on the start page, the hooks are not). */
export const FLOW_ROUTE_ID = 'flow';
