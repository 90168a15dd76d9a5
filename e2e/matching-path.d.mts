/** See matching-path.mjs. */
export declare const MATCHING_ANSWERS: Array<[question: RegExp, answer: RegExp]>;
