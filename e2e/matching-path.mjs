/**
 * The answers to the symptom questions of Q255888 that lead to its diagnosis,
 * in order, each as [question heading, answer label]. Shared by the
 * end-to-end tests (support.ts) and the benchmark (scripts/bench.mjs), which
 * is plain Node and cannot import TypeScript.
 */

/** @type {Array<[question: RegExp, answer: RegExp]>} */
export const MATCHING_ANSWERS = [
  [/Which error does the Application log/, /Event ID 7044/],
  [/what do you find in Exchange/, /mailboxes exist, but the mailboxes are empty/],
  [/How many users did you select/, /More than one user/],
  [/do that user’s messages arrive/, /Yes, one user at a time works/],
  [/Which Exchange role/, /^Service Account Admin$/],
  [/Which version of Exchange Server/, /Exchange Server 5\.0 or 5\.5/],
  [/Which mail system/, /Microsoft Mail for PC Networks/],
];
