/**
 * The Content-Security-Policy forbids eval. zod compiles fast object parsers
 * with `new Function` when it may, and merely probing for that is reported as
 * a CSP violation, so switch it off before anything parses. This imports only
 * zod's tiny config module, not the validators.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
