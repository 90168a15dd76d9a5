/** See flow-plan.mjs. */
import type { FlowPlan } from '../src/testing/flow-plan-types.ts';

export declare function loadFlowPlans(): Promise<FlowPlan[]>;
