/** The actions on whole cases (list-actions.ts), loaded when first needed: for a page that only sometimes needs them. */
export const loadCaseActions = () => import('./list-actions');
