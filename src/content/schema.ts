/**
 * The contract for troubleshooting content. A flow is plain data: questions,
 * fix steps and outcomes that point at each other by id. Nothing in here is
 * code that runs at decision time, so a second KB article is a second data
 * file, not new logic.
 *
 * Text fields accept a tiny inline markup, rendered as React nodes (never as
 * HTML): `**Label**` marks a label the user sees on screen, and `` `text` ``
 * marks a literal string such as event text or a file name.
 */
import { z } from 'zod';

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9 and single dashes)');

const text = z.string().trim().min(1, 'must not be empty');

/** Where a claim comes from: a KB article (or product documentation) and its section. */
export const sourceSchema = z.object({
  ref: text.describe('KB number such as "Q255888", or a named document'),
  section: z.enum([
    'Summary',
    'Symptoms',
    'Cause',
    'Resolution',
    'Workaround',
    'Status',
    'More Information',
    'Documentation',
  ]),
  note: text.optional(),
});

/** A reference to a mockup screen, in a given state, optionally spotlighting one control. */
export const mockupRefSchema = z.object({
  screen: idSchema,
  state: z.record(z.string(), z.unknown()).optional(),
  target: z.string().min(1).optional(),
  /** What the figure shows, in words (its text alternative). */
  description: text,
});

export const optionSchema = z.object({
  id: idSchema,
  label: text,
  hint: text.optional(),
  next: idSchema,
  /**
   * The "Not sure" answer of a question about a checkable fact. Choosing it
   * opens the question's how-to-check guidance; it must stay neutral (no
   * outcome's evidence may list it), so competing outcomes stay open.
   */
  unsure: z.boolean().optional(),
});

/** Guidance for finding out the answer to a question when the user is not sure. */
export const howToCheckSchema = z.object({
  title: text,
  steps: z.array(text).min(1),
  mockup: mockupRefSchema.optional(),
});

export const questionSchema = z.object({
  kind: z.literal('question'),
  id: idSchema,
  /** Short name used in the page title, the trail and the transcript. */
  title: text,
  prompt: text,
  help: z.array(text).optional(),
  mockup: mockupRefSchema.optional(),
  howToCheck: howToCheckSchema.optional(),
  options: z.array(optionSchema).min(2, 'a question needs at least two options'),
  // Speaker notes live in the flow's presenter data (presenter-schema.ts), which only presenter mode loads.
});

export const checklistItemSchema = z.object({
  id: idSchema,
  label: text,
  /** A required item must be ticked before the step can be completed. */
  required: z.boolean().optional(),
});

/**
 * Trainer: another way the real program offers to do a practice move, which
 * Try and Test accept as right: another control (the toolbar's Properties
 * button), a shortcut the screen answers as a control (Alt+Enter stands for
 * `properties-command`), or a double-click. It may do several moves at once
 * (`covers`, this move included): Alt+Enter opens Properties without the
 * File menu. The validator checks the target and that `covers` stays within
 * the step's moves.
 */
export const practiceAlternativeSchema = z.object({
  /** The control (a key of the move's screen's catalog targets). */
  target: z.string().min(1),
  /** Only a double-click on it counts (its single click does something else). */
  gesture: z.literal('double-click').optional(),
  /** How many moves it does, this one included (default 1). */
  covers: z.number().int().min(1).max(20).optional(),
  /** The way, in words, as the trainer's hints list it ("Press **Alt+Enter**."). */
  how: text,
});

/**
 * One thing to do on a mockup in trainer mode (Show / Try / Test): in the
 * screen `screen` drawn in `state`, the expected action is activating the
 * control `target` (a key of the screen's catalog targets). The next move's
 * state is what the screen shows after it.
 */
export const practiceMoveSchema = z.object({
  screen: idSchema,
  state: z.record(z.string(), z.unknown()).optional(),
  target: z.string().min(1),
  /**
   * What to do, as an instruction ("Click **Show Users**."): Show's caption and Try's first hint. Without it, the
   * move is its action's own in the action's words, as an action without moves is (its control is then named for
   * the learner: "Click the Add button."); such a move is written only to say its `result`.
   */
  instruction: text.optional(),
  /** What the program does in response, said after the action ("Users are listed under **Names** too."). */
  result: text.optional(),
  /** Other ways the real program offers to do it, accepted as right (see practiceAlternativeSchema). */
  alternatives: z.array(practiceAlternativeSchema).optional(),
  /**
   * Trainer: what the screen shows after this move when no next move shows
   * it (the last move of a step: the main window once its dialog has
   * closed), so Show me ends on what its caption says.
   */
  after: z.object({ screen: idSchema, state: z.record(z.string(), z.unknown()).optional() }).optional(),
});

/** One thing the user does on a fix step, optionally illustrated by a mockup. */
export const actionSchema = z.object({
  id: idSchema,
  text,
  mockup: mockupRefSchema.optional(),
  /**
   * The action broken down into the clicks trainer mode plays and checks.
   * Without it, the action's mockup (when it names a target) is one move.
   */
  practice: z.array(practiceMoveSchema).min(1).optional(),
});

export const tipSchema = z.object({
  title: text,
  body: z.array(text).min(1),
  mockup: mockupRefSchema.optional(),
});

/**
 * A warning the source prints with a step (for example a KB's raw-mode
 * warning): shown before the step's actions, set apart as a warning, and
 * cited. Written in our own words, like all prose.
 */
export const warningSchema = z.object({
  title: text,
  body: z.array(text).min(1),
  source: sourceSchema,
});

export const stepSchema = z.object({
  kind: z.literal('step'),
  id: idSchema,
  title: text,
  intro: z.array(text).optional(),
  /** Warnings from the source, shown before the actions. */
  warnings: z.array(warningSchema).optional(),
  actions: z.array(actionSchema).min(1),
  checklist: z.array(checklistItemSchema).optional(),
  tips: z.array(tipSchema).optional(),
  // Speaker notes: see presenter-schema.ts.
  source: sourceSchema,
  next: idSchema,
  nextLabel: text.optional(),
});

/**
 * How an answer bears on an outcome: options that support it and options that
 * contradict it. Options listed in neither (for example "Not sure") are neutral.
 */
export const evidenceSchema = z.object({
  question: idSchema,
  supports: z.array(idSchema).optional(),
  contradicts: z.array(idSchema).optional(),
  source: sourceSchema.optional(),
});

/**
 * One answer that settles a cause: the question, and the options of it that
 * establish the cause. Options must be among the ones the outcome's evidence
 * for that question supports, and never a "Not sure" answer.
 */
export const decisiveAnswerSchema = z.object({
  question: idSchema,
  options: z.array(idSchema).min(1),
});

/**
 * An answer that defines a cause (see outcomeSchema.decisive): one question,
 * or `anyOf` several questions that settle the same thing on different routes
 * (only one of them is asked on any one walk).
 */
export const decisiveSchema = z.union([
  decisiveAnswerSchema,
  z.object({ anyOf: z.array(decisiveAnswerSchema).min(2, 'anyOf needs at least two alternatives') }),
]);

export const outcomeTypeSchema = z.enum([
  'diagnosis',
  'not-this',
  'other-cause',
  'not-applicable',
  'resolved',
  'escalate',
]);

/** One answer carried into the flow that continues an outcome: this flow's question, the other flow's, and the options' mapping. */
export const carrySchema = z.object({
  /** The question in this flow. */
  from: idSchema,
  /** The question in the flow that continues. */
  to: idSchema,
  /** This flow's option → the other flow's option. An answer not listed (a "Not sure") is not carried. */
  options: z.record(idSchema, idSchema),
});

/**
 * An outcome that is another flow's subject hands the case over to that
 * flow: the case continues there, at `node`, with the answers both flows
 * share already given (`carry`). Checked by the validator (rule `handover`).
 */
export const continuesSchema = z.object({
  flow: idSchema,
  node: idSchema,
  carry: z.array(carrySchema),
});

export const outcomeSchema = z.object({
  kind: z.literal('outcome'),
  id: idSchema,
  type: outcomeTypeSchema,
  title: text,
  summary: text,
  body: z.array(text).optional(),
  nextChecks: z.array(text).optional(),
  source: sourceSchema,
  /** Answers that bear on this outcome; the engine scores the session against them. */
  evidence: z.array(evidenceSchema).optional(),
  /**
   * For cause outcomes: the answers that define the cause. The verdict is
   * "confirmed" only when every one of them is given (and nothing on the path
   * contradicts the outcome); otherwise "likely" or "possible", naming the
   * missing ones. Checked by the validator (rule `decisive`).
   */
  decisive: z.array(decisiveSchema).min(1).optional(),
  /** For "probably not this" outcomes: the diagnosis that was ruled out. */
  rulesOut: idSchema.optional(),
  /** An outcome may lead on (a diagnosis leads into its fix). */
  next: idSchema.optional(),
  nextLabel: text.optional(),
  /** Another flow continues the case from here (see continuesSchema). */
  continues: continuesSchema.optional(),
  // Speaker notes: see presenter-schema.ts.
});

export const nodeSchema = z.discriminatedUnion('kind', [questionSchema, stepSchema, outcomeSchema]);

export const entrySchema = z.object({
  id: idSchema,
  label: text,
  description: text,
  start: idSchema,
});

export const kbArticleSchema = z.object({
  id: z.string().regex(/^Q\d{6}$/, 'must be a KB number such as Q255888'),
  title: text,
  appliesTo: z.array(text).min(1),
  published: text.optional(),
});

/**
 * One condition on pasted Event Viewer text. Every field given must hold:
 * `eventId` must equal the event's id; `source` and `type` must equal the
 * event's (ignoring case) when the pasted event shows them; `returnCode` must
 * be shown and equal (a row of the event list, which has no description,
 * settles nothing by it); `text` must appear in the event's description (case
 * and spacing ignored). A condition without `eventId` is checked against the
 * whole pasted text, which recognises a description pasted on its own and
 * messages that are not events ("Invalid server specified"); its
 * `returnCode`, if given, must then be among the return codes the text names.
 */
export const eventMatcherSchema = z
  .object({
    eventId: z.number().int().min(1).max(65535).optional(),
    source: text.optional(),
    type: z.enum(['Error', 'Warning', 'Information', 'Success Audit', 'Failure Audit']).optional(),
    returnCode: z
      .string()
      .regex(/^[0-9A-F]{8}$/, 'must be 8 upper-case hex digits without 0x')
      .optional(),
    text: text.optional(),
  })
  .refine((m) => m.eventId !== undefined || m.text !== undefined, 'a condition needs an eventId or a text');

/**
 * What pasted evidence settles: when any of the conditions in `when` holds,
 * the rule proposes `answers` (question id → option id). Data, not code, so a
 * second article declares its own events.
 */
export const evidenceRuleSchema = z.object({
  id: idSchema,
  /** What the rule recognises, in words, e.g. "Event 7044 from MSExchangeMig, return code 80004005". */
  label: text,
  when: z.array(eventMatcherSchema).min(1),
  answers: z
    .record(idSchema, idSchema)
    .refine((a) => Object.keys(a).length > 0, 'a rule must settle at least one answer'),
  source: sourceSchema,
});

/** A calendar date, YYYY-MM-DD. */
const dateText = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD');

/**
 * What changed in one revision of a flow, in a few short notes for people
 * who began a case on an earlier revision. The validator wants one entry for
 * every revision from 1 to the flow's current one, in order, dates not going
 * backwards.
 */
export const revisionNoteSchema = z.object({
  revision: z.number().int().positive(),
  date: dateText,
  changes: z.array(text).min(1),
});

export const flowSchema = z.object({
  id: idSchema,
  revision: z.number().int().positive(),
  /** The date of the current revision (the last change note's). */
  revisionDate: dateText,
  /**
   * One change note per revision, oldest first (see revisionNoteSchema). A flow folder keeps them in its own
   * revisions.ts, which loads only with the pages that show them, not on every walk (load-flow.ts); the registry
   * (index.ts) puts them back for the checks. A flow in a single file may keep them here.
   */
  revisions: z.array(revisionNoteSchema).min(1).optional(),
  title: text,
  summary: text,
  audience: text.optional(),
  kb: kbArticleSchema,
  /** Ways into the flow. The first is the default ("diagnose from symptoms"). */
  entries: z.array(entrySchema).min(1),
  nodes: z.array(nodeSchema).min(1),
  /** How pasted Event Viewer text maps to answers (see evidenceRuleSchema). */
  evidenceRules: z.array(evidenceRuleSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type MockupRef = z.infer<typeof mockupRefSchema>;
export type Option = z.infer<typeof optionSchema>;
export type HowToCheck = z.infer<typeof howToCheckSchema>;
export type QuestionNode = z.infer<typeof questionSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Action = z.infer<typeof actionSchema>;
export type PracticeMove = z.infer<typeof practiceMoveSchema>;
export type PracticeAlternative = z.infer<typeof practiceAlternativeSchema>;
export type Tip = z.infer<typeof tipSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type StepNode = z.infer<typeof stepSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type DecisiveAnswer = z.infer<typeof decisiveAnswerSchema>;
export type Decisive = z.infer<typeof decisiveSchema>;
export type RevisionNote = z.infer<typeof revisionNoteSchema>;
export type OutcomeType = z.infer<typeof outcomeTypeSchema>;
export type OutcomeNode = z.infer<typeof outcomeSchema>;
export type Continues = z.infer<typeof continuesSchema>;
export type Carry = z.infer<typeof carrySchema>;
export type FlowNode = z.infer<typeof nodeSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type KbArticle = z.infer<typeof kbArticleSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type EventMatcher = z.infer<typeof eventMatcherSchema>;
export type EvidenceRule = z.infer<typeof evidenceRuleSchema>;
