/**
 * The shape of a flow's plan for the generated end-to-end tests (built by
 * ./flow-plan.ts). No imports, so the e2e specs (compiled without the app's
 * `@/` paths) can use these types.
 */
/** One page of a walk and what the walk does on it. */
export type PlanPage =
  | { kind: 'question'; node: string; heading: string; option: string; optionLabel: string }
  | { kind: 'step'; node: string; heading: string; checks: string[]; next: string; source: string }
  | {
      kind: 'outcome';
      node: string;
      heading: string;
      type: 'diagnosis' | 'not-this' | 'other-cause' | 'not-applicable' | 'resolved' | 'escalate';
      next?: string;
      /** Its source, as the page cites it ("Source: KB Q255888, Cause"). */
      source: string;
    };

export type PlanWalk = {
  /** The start page button that begins it (the card's entry). */
  entry: { id: string; label: string };
  pages: PlanPage[];
};

export type PlanEvidence = {
  rule: string;
  label: string;
  /** The event text to paste: the rule's sample, or one made from its first condition. */
  sample: string;
  sampleFrom: 'its sample' | 'made from its conditions';
  /** Where to paste it: the first question of the flow's first entry. */
  entry: { id: string; label: string };
  first: PlanPage;
  /** The answers it fills: the question (its title labels the paste box's field, its prompt heads its page) and the option. */
  answers: Array<{ question: string; title: string; heading: string; option: string }>;
};

export type PlanTrainerStep = {
  node: string;
  heading: string;
  /** The controls to activate in Let me try, in order (catalog target ids), with the screen each is on. */
  moves: Array<{ screen: string; target: string }>;
};

export type FlowPlan = {
  id: string;
  kb: string;
  title: string;
  /** The ways in (the start page card's buttons), with the heading of the page each opens. */
  entries: Array<{ id: string; label: string; first: string }>;
  /** Whether the matching walk is the article's declared path (presenter data) or derived from decisive answers. */
  matchingFrom: 'article path' | 'decisive answers';
  matching: PlanWalk;
  /**
   * The matching walk's answers to its diagnosis, then the route through the most fix steps to a resolved outcome
   * (every picture the fix can show on one walk).
   */
  longestFix: PlanWalk;
  outcomes: PlanWalk[];
  evidence: PlanEvidence[];
  trainer: PlanTrainerStep[];
  /** The shortest walk to each fix step with trainer moves (ending on it). */
  stepWalks: Record<string, PlanWalk>;
};
