/**
 * The stored format's name, version and limits, apart from its schema
 * (stored-schema.ts), so that modules on the start page can use them without
 * loading the validator.
 */
export const WIZARD_STORE_KEY = 'kb-wizard';
export const WIZARD_STORE_VERSION = 5;

/** Longest note kept, in characters: plenty for a call, small enough for storage. */
export const NOTE_MAX = 20_000;
