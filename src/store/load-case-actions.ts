/** The actions on whole cases (list-actions.ts), loaded when first needed: for a page that only sometimes needs them. */
export const loadCaseActions = () => import('./list-actions');

// Answers from a pasted event (paste-answers.ts) need no loader of their own: only the event readers import them.

/** Handing a case over to another guide and taking it back (hand-over-case.ts): only an outcome another guide continues, or a page the case has left, loads it. */
export const loadHandOver = () => import('./hand-over-case');
