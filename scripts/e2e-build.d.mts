/** See e2e-build.mjs. */
export declare const E2E_BASE: string;
export declare function e2eDist(port: number | string): string;
export declare function e2ePort(): number;
export declare function buildArgs(port: number | string): string[];
export declare function buildEnv(): NodeJS.ProcessEnv;
