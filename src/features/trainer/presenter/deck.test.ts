import { describe, expect, it } from 'vitest';

import { FLOWS, getFlow } from '@/content';
import { loadPresenterData } from '@/content/presenter-data';
import presenter from '@/content/presenter/q255888';
import { tipsNamed } from '@/content/presenter-schema';
import type { StepNode } from '@/content/schema';
import { tinyFlow } from '@/testing/fixtures/tiny-flow';
import { Q255888_NEW_ACCOUNT_FIX, Q255888_SYMPTOMS } from '@/testing/fixtures/q255888-answers';

import {
  actionFromParam,
  buildDeck,
  decodePicks,
  deckReaching,
  encodePicks,
  findSlide,
  slideActions,
  slideNotes,
  slideTitle,
  tipKey,
  titleKey,
} from './deck';

const flow = getFlow('q255888')!;
const keys = (d: { slides: readonly { key: string }[] }) => d.slides.map((s) => s.key);

const ARTICLE_CHAIN = [
  'Q255888',
  'app-log-event',
  'mailboxes-created',
  'batch-size',
  'single-user',
  'logged-on-role',
  'exchange-version',
  'source-version',
  'diagnosis-q255888',
  'fix-account',
  // Each tip slide right after the action it belongs to: the step's slide goes on after it.
  'grant-organization',
  tipKey('grant-organization', 0),
  'grant-organization',
  'grant-site',
  'grant-configuration',
  'fix-log-on',
  tipKey('fix-log-on', 1),
  'fix-log-on',
  'verify',
  'resolved',
];

/** What a finished walk of the matching path stores: the answers, every step done and the diagnosis continued. */
const MATCHING_SESSION = { ...Q255888_SYMPTOMS, ...Q255888_NEW_ACCOUNT_FIX };

describe('buildDeck', () => {
  it('without a case, tells the article’s own story, with the Tools > Options help as a slide', () => {
    const deck = buildDeck(flow, { presenter });
    expect(keys(deck)).toEqual(ARTICLE_CHAIN);
    expect(deck.entry).toBe('diagnose');
    const questions = deck.slides.filter((s) => s.kind === 'node' && s.node.kind === 'question');
    expect(questions.map((s) => s.kind === 'node' && s.source)).toEqual(Array(questions.length).fill('article'));
    const tip = deck.slides[11]!;
    expect(tip.kind === 'tip' && tip.tip.title).toBe('No Permissions tab, or no Rights list?');
    // Every slide but the last names the choice that leads on.
    deck.slides
      .filter((s) => s.kind === 'node')
      .slice(0, -1)
      .forEach((s) => expect(s.kind === 'node' && s.choice).toBeTruthy());
  });

  it('puts each tip slide right after the action it belongs to, the step’s slide going on after it (story order)', () => {
    const deck = buildDeck(flow, { presenter });
    const around = (tip: string) => {
      const at = keys(deck).indexOf(tip);
      return [deck.slides[at - 1]!, deck.slides[at + 1]!].map((s) => [s.key, slideActions(s), slideTitle(s)]);
    };
    // The Permissions tab is missing when the Properties dialog opens (action 2), not after the step.
    expect(around(tipKey('grant-organization', 0))).toEqual([
      ['grant-organization', { first: 0, last: 1 }, 'Grant Permissions Admin on the Organization object'],
      ['grant-organization', { first: 2, last: 4 }, 'Grant Permissions Admin on the Organization object (continued)'],
    ]);
    // The log-on action (2) names its tip: the tip's slide comes right after it.
    expect(around(tipKey('fix-log-on', 1))).toEqual([
      ['fix-log-on', { first: 0, last: 1 }, 'Log on as that account and migrate several users again'],
      ['fix-log-on', { first: 2, last: 5 }, 'Log on as that account and migrate several users again (continued)'],
    ]);
    // A step without a tip slide walks all its actions on one slide.
    expect(slideActions(deck.slides[keys(deck).indexOf('grant-site')]!)).toEqual({ first: 0, last: 4 });
    // A tip whose action is the step's last comes after the whole step, which is not broken.
    const last = buildDeck(flow, {
      presenter: { ...presenter, tipSlides: [{ ...presenter.tipSlides![0]!, afterAction: 'save' }] },
    });
    expect(keys(last).slice(10, 13)).toEqual(['grant-organization', tipKey('grant-organization', 0), 'grant-site']);
    expect(last.slides[10]!.kind === 'node' && last.slides[10]!.actions).toBeUndefined();
  });

  it('finds a slide by its address: a broken step’s part by the action (F5 resumes on the same part)', () => {
    const deck = buildDeck(flow, { presenter });
    const first = keys(deck).indexOf('grant-organization');
    const tip = keys(deck).indexOf(tipKey('grant-organization', 0));
    expect(findSlide(deck, 'grant-organization', null)).toEqual({ index: first, action: 0 });
    expect(findSlide(deck, 'grant-organization', '2')).toEqual({ index: first, action: 1 });
    expect(findSlide(deck, 'grant-organization', '3')).toEqual({ index: tip + 1, action: 2 });
    expect(findSlide(deck, 'grant-organization', '99')).toEqual({ index: tip + 1, action: 4 });
    expect(findSlide(deck, tipKey('grant-organization', 0), '3')).toEqual({ index: tip, action: 0 });
    expect(findSlide(deck, 'verify', null).index).toBe(keys(deck).indexOf('verify'));
    expect(findSlide(deck, 'no-such-node', '1')).toEqual({ index: -1, action: 0 });
    expect(findSlide(deck, null, null)).toEqual({ index: -1, action: 0 });
  });

  it('follows a case: a finished matching-path session shows the chain with the Service Account Admin diagnosis and the case’s own account choice', () => {
    const deck = buildDeck(flow, { presenter, caseAnswers: MATCHING_SESSION, entry: 'diagnose' });
    expect(keys(deck)).toEqual([...ARTICLE_CHAIN.slice(0, 10), 'create-account', ...ARTICLE_CHAIN.slice(10)]);
    const role = deck.slides.find((s) => s.key === 'logged-on-role')!;
    expect(role.kind === 'node' && [role.choice?.label, role.source]).toEqual(['Service Account Admin', 'case']);
  });

  it('a case stopped half-way: its answers first, then the article’s', () => {
    const deck = buildDeck(flow, {
      presenter,
      caseAnswers: { 'app-log-event': 'no-event', 'mailboxes-created': 'not-sure' },
    });
    const sources = deck.slides.flatMap((s) => (s.kind === 'node' && s.source ? [[s.key, s.source]] : []));
    expect(sources.slice(0, 3)).toEqual([
      ['app-log-event', 'case'],
      ['mailboxes-created', 'case'],
      ['batch-size', 'article'],
    ]);
    expect(keys(deck)).toContain('diagnosis-q255888');
  });

  it('a choice made on a slide changes the slides after it, and only those', () => {
    const article = buildDeck(flow, { presenter });
    const other = buildDeck(flow, { presenter, picks: { 'app-log-event': 'other-event' } });
    expect(keys(other)[1]).toBe('app-log-event');
    expect(keys(other)[2]).toBe('which-event');
    expect(keys(other)).not.toContain('diagnosis-q255888');
    const first = other.slides[1]!;
    expect(first.kind === 'node' && [first.choice?.id, first.source]).toEqual(['other-event', 'picked']);
    // A pick further down keeps everything before it.
    const created = buildDeck(flow, { presenter, picks: { 'fix-account': 'create' } });
    const at = keys(article).indexOf('fix-account');
    expect(keys(created).slice(0, at + 1)).toEqual(keys(article).slice(0, at + 1));
    expect(keys(created)[at + 1]).toBe('create-account');
    // Picks outrank the case's answers.
    const picked = buildDeck(flow, { presenter, caseAnswers: MATCHING_SESSION, picks: { verify: 'no' } });
    expect(keys(picked).at(-1)).toBe('escalate');
  });

  it('the route it returns rebuilds the same deck (what the audience window receives)', () => {
    for (const input of [
      { presenter },
      { presenter, picks: { 'app-log-event': 'other-event', 'which-event': 'event-7026' } },
    ]) {
      const deck = buildDeck(flow, input);
      expect(keys(buildDeck(flow, { presenter, entry: deck.entry, picks: deck.route }))).toEqual(keys(deck));
    }
  });

  it('ignores answers that do not fit the flow', () => {
    const deck = buildDeck(flow, {
      presenter,
      picks: { 'app-log-event': 'nope', 'no-such-node': 'x' },
      entry: 'nowhere',
    });
    expect(keys(deck)).toEqual(ARTICLE_CHAIN);
  });

  it('without presenter data, still gives a route that ends resolved (any flow)', () => {
    const tiny = tinyFlow();
    const deck = buildDeck(tiny, {});
    expect(keys(deck)).toEqual(['Q000001', 'q1', 'q2', 'diag', 's1', 'verify', 'done']);
    const q = buildDeck(flow, {});
    expect(q.slides.at(-1)!.key).toBe('resolved');
    expect(keys(q)).toContain('grant-configuration');
  });

  it('without presenter data, tells the article’s own story: through its diagnosis, not a look-alike cause that shares the fix', () => {
    for (const id of ['q255888', 'q186742']) {
      const f = getFlow(id)!;
      const deck = buildDeck(f, {});
      const diagnosis = f.nodes.find((n) => n.kind === 'outcome' && n.type === 'diagnosis')!;
      expect(keys(deck), id).toContain(diagnosis.id);
      // The evidence first, then the cause, then the fix, then the check.
      const kinds = deck.slides.map((s) => (s.kind === 'node' ? s.node.kind : s.kind));
      const at = keys(deck).indexOf(diagnosis.id);
      expect(kinds.slice(1, at), id).toEqual(Array(at - 1).fill('question'));
      expect(kinds.slice(at + 1), id).toContain('step');
      expect(deck.slides.at(-1)!.kind === 'node' && deck.slides.at(-1)!.key, id).toBe('resolved');
    }
    // Q255888 without its notes: the new account is the branch that shows the most of the fix.
    expect(keys(buildDeck(flow, {}))).toEqual([
      'Q255888',
      ...ARTICLE_CHAIN.slice(1, 10),
      'create-account',
      'grant-organization',
      'grant-site',
      'grant-configuration',
      'fix-log-on',
      'verify',
      'resolved',
    ]);
  });

  it('opens on a title slide built from the flow’s data: the KB number, the article’s title and the symptom', () => {
    for (const id of ['q255888', 'q186742']) {
      const f = getFlow(id)!;
      for (const deck of [buildDeck(f, {}), buildDeck(f, { entry: 'fix' })]) {
        const title = deck.slides[0]!;
        expect(title.kind, id).toBe('title');
        if (title.kind !== 'title') continue;
        expect(title.key).toBe(titleKey(f));
        expect(title.key).toBe(f.kb.id);
        expect(slideTitle(title)).toBe(`KB ${f.kb.id}: ${f.kb.title}`);
        expect(title.summary).toBe(f.summary);
        // Its key is never a node's (node ids are lower case) and appears once.
        expect(f.nodes.some((n) => n.id === title.key)).toBe(false);
        expect(keys(deck).filter((k) => k === title.key)).toHaveLength(1);
      }
    }
    const notes = slideNotes(buildDeck(flow, { presenter }).slides[0]!, presenter);
    expect(notes.written).toBe(true);
    expect(notes.text.join(' ')).toContain('KB Q255888');
    expect(notes.text.join(' ')).toContain('XFOR: Migration from MS Mail to Exchange Server Does Not Work');
    expect(notes.text.join(' ')).toMatch(/9 questions and 4 fix steps/);
  });
});

describe('deckReaching', () => {
  it('opens every node of the flow on a route that passes through it', () => {
    for (const node of flow.nodes) {
      const found = deckReaching(flow, { presenter }, node.id);
      expect(found, node.id).toBeDefined();
      expect(keys(found!.deck), node.id).toContain(node.id);
      // The picks and entry it returns rebuild that deck.
      expect(keys(buildDeck(flow, { presenter, entry: found!.entry, picks: found!.picks }))).toEqual(keys(found!.deck));
    }
  });

  it('keeps the deck as it is when the node is on it, and keeps as much of it as it can otherwise', () => {
    const same = deckReaching(flow, { presenter }, 'logged-on-role')!;
    expect(keys(same.deck)).toEqual(ARTICLE_CHAIN);
    expect(same.picks).toEqual({});
    const notThis = deckReaching(flow, { presenter }, 'not-this-role')!;
    expect(notThis.picks).toEqual({ 'logged-on-role': 'permissions-admin' });
    expect(keys(notThis.deck).slice(0, 6)).toEqual(ARTICLE_CHAIN.slice(0, 6));
    expect(deckReaching(flow, { presenter }, tipKey('grant-organization', 0))!.deck.slides[11]!.kind).toBe('tip');
    // The title slide is on every deck.
    expect(deckReaching(flow, { presenter }, 'Q255888')!.deck.slides[0]!.kind).toBe('title');
    expect(deckReaching(flow, { presenter }, 'no-such-node')).toBeUndefined();
  });
});

describe('tips a step sends the room to', () => {
  /** The tips a step's words name (“see the tip “…””), in its intro, its actions and its other tips. */
  const namedTips = (step: StepNode) =>
    [...(step.intro ?? []), ...step.actions.map((a) => a.text), ...(step.tips ?? []).flatMap((t) => t.body)].flatMap(
      tipsNamed,
    );

  it('are slides of every deck that shows the step, after it (a deck never points to a slide it has not got)', async () => {
    let named = 0;
    for (const f of FLOWS) {
      const data = await loadPresenterData(f.id);
      const input = data ? { presenter: data } : {};
      for (const step of f.nodes.filter((n): n is StepNode => n.kind === 'step')) {
        const titles = namedTips(step);
        if (!titles.length) continue;
        named += titles.length;
        // Each deck presenter mode can show the step in: its own route, and the article's story when it is on it.
        const decks = [deckReaching(f, input, step.id)?.deck, buildDeck(f, input)];
        for (const deck of decks) {
          const at = deck?.slides.findIndex((s) => s.key === step.id) ?? -1;
          if (at < 0) continue;
          const after = deck!.slides.slice(at + 1).flatMap((s) => (s.kind === 'tip' ? [s.tip.title] : []));
          for (const title of titles) expect(after, `${f.id} › ${step.id}: the tip “${title}”`).toContain(title);
          // Named by an action: its slide comes right after the part of the step that ends with that action.
          step.actions.forEach((a, i) => {
            for (const title of tipsNamed(a.text)) {
              const tip = deck!.slides.findIndex((s) => s.kind === 'tip' && s.tip.title === title);
              const before = deck!.slides[tip - 1]!;
              expect(before.key, `${f.id} › ${step.id}: before “${title}”`).toBe(step.id);
              expect(slideActions(before)?.last, `${f.id} › ${step.id}: before “${title}”`).toBe(i);
            }
          });
        }
      }
    }
    // The check has something to check: Q255888's log-on step names its tip.
    expect(named).toBeGreaterThan(0);
  });
});

describe('slide notes', () => {
  it('every slide has notes: written ones on the article’s path, drawn from the content elsewhere', () => {
    for (const node of flow.nodes) {
      const deck = deckReaching(flow, { presenter }, node.id)!.deck;
      const slide = deck.slides.find((s) => s.key === node.id)!;
      const notes = slideNotes(slide, presenter);
      expect(notes.text.join(' ').trim().length, node.id).toBeGreaterThan(20);
      if (ARTICLE_CHAIN.includes(node.id)) expect(notes.written, node.id).toBe(true);
    }
    const tip = buildDeck(flow, { presenter }).slides[11]!;
    expect(slideNotes(tip, presenter).text[0]).toContain('Display rights for roles on Permissions page');
  });

  it('drawn notes cite their source as the guide’s pages do', () => {
    const notesOf = (id: string) => {
      const slide = deckReaching(flow, { presenter: undefined }, id)!.deck.slides.find((s) => s.key === id)!;
      return slideNotes(slide, undefined).text.join('\n');
    };
    // A Knowledge Base article with its section, and the source's note.
    expect(notesOf('cause-151-135-mmf')).toContain('Source: KB Q199980, Workaround.');
    expect(notesOf('grant-site')).toMatch(/source: KB Q255888, Resolution \(step 4\)\./);
    // A manual is named as it is, without "Documentation" after it.
    expect(notesOf('cause-invalid-server')).toContain(
      'Source: Exchange Server 5.5 documentation, Migration (xmg04022).',
    );
  });
});

describe('picks in the address bar', () => {
  it('round-trips, and drops anything that is not a question’s option', () => {
    const picks = { 'app-log-event': 'other-event', 'which-event': 'event-7026' };
    expect(decodePicks(flow, encodePicks(picks))).toEqual(picks);
    expect(
      decodePicks(flow, 'app-log-event.nope_grant-site.done_x_..__which-event.event-145.extra_batch-size.one'),
    ).toEqual({
      'batch-size': 'one',
    });
    expect(decodePicks(flow, null)).toEqual({});
    expect(decodePicks(flow, 'a'.repeat(5000))).toEqual({});
  });
});

describe('the action in the address bar', () => {
  it('is counted from 1, kept within the step, and anything else is the first action', () => {
    expect(actionFromParam('3', 5)).toBe(2);
    expect(actionFromParam('1', 5)).toBe(0);
    expect(actionFromParam('9', 5)).toBe(4);
    expect(actionFromParam('0', 5)).toBe(0);
    for (const bad of [null, '', '-2', '2.5', 'x', '99999']) expect(actionFromParam(bad, 5), String(bad)).toBe(0);
    expect(actionFromParam('3', 0)).toBe(0);
  });
});
