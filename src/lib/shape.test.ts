import { describe, expect, expectTypeOf, it } from 'vitest';

import { type Infer, array, literal, number, object, optional, record, refine, safeParse, string } from './shape';

const fails = (shape: Parameters<typeof safeParse>[0], value: unknown) => {
  const r = safeParse(shape, value);
  return r.ok ? 'passed' : r.path;
};

describe('shape', () => {
  it('string takes strings only', () => {
    expect(safeParse(string, '')).toEqual({ ok: true, data: '' });
    for (const bad of [1, null, undefined, {}, [], new String('x'), true]) expect(fails(string, bad)).toEqual([]);
  });

  it('number takes finite numbers only, as zod 4 does', () => {
    for (const good of [0, -1.5, 1e300, -1e300, Number.MAX_VALUE])
      expect(safeParse(number, good)).toEqual({ ok: true, data: good });
    for (const bad of [NaN, Infinity, -Infinity, '1', null, undefined, 1n]) expect(fails(number, bad)).toEqual([]);
  });

  it('literal takes exactly one of its values', () => {
    const kind = literal('outcome', 'abandoned');
    expect(safeParse(kind, 'outcome')).toEqual({ ok: true, data: 'outcome' });
    expect(safeParse(literal(1), 1).ok).toBe(true);
    for (const bad of ['Outcome', 'other', '', undefined, ['outcome']]) expect(fails(kind, bad)).toEqual([]);
    expect(fails(literal(1), '1')).toEqual([]);
    expectTypeOf<Infer<typeof kind>>().toEqualTypeOf<'outcome' | 'abandoned'>();
  });

  it('refine adds a test after the type check', () => {
    const short = refine(string, (s) => s.length <= 3);
    expect(safeParse(short, 'abc').ok).toBe(true);
    expect(fails(short, 'abcd')).toEqual([]);
    expect(fails(short, 3)).toEqual([]);
  });

  it('optional accepts undefined, otherwise the inner shape', () => {
    const maybe = optional(number);
    expect(safeParse(maybe, undefined)).toEqual({ ok: true, data: undefined });
    expect(safeParse(maybe, 2)).toEqual({ ok: true, data: 2 });
    expect(fails(maybe, null)).toEqual([]);
  });

  it('array checks every item, holes included, and returns a copy', () => {
    const input = ['a', 'b'];
    const r = safeParse(array(string), input);
    expect(r).toEqual({ ok: true, data: ['a', 'b'] });
    expect(r.ok && r.data).not.toBe(input);
    expect(fails(array(string), ['a', 2, 'c'])).toEqual([1]);
    const holey: unknown[] = [];
    holey[1] = 'a';
    expect(fails(array(string), holey)).toEqual([0]);
    expect(fails(array(string), { 0: 'a', length: 1 })).toEqual([]);
  });

  describe('object', () => {
    const note = object({ text: string, at: number, by: optional(string) });

    it('keeps only known keys, in a fresh copy', () => {
      const input = { text: 't', at: 1, extra: 'dropped', by: 'me' };
      const r = safeParse(note, input);
      expect(r).toEqual({ ok: true, data: { text: 't', at: 1, by: 'me' } });
      expect(r.ok && Object.keys(r.data)).toEqual(['text', 'at', 'by']);
      expect(r.ok && r.data).not.toBe(input);
    });

    it('leaves an absent optional key absent, and keeps one given as undefined', () => {
      const absent = safeParse(note, { text: 't', at: 1 });
      expect(absent.ok && 'by' in absent.data).toBe(false);
      const given = safeParse(note, { text: 't', at: 1, by: undefined });
      expect(given.ok && 'by' in given.data).toBe(true);
    });

    it('refuses missing required keys and non-objects', () => {
      expect(fails(note, { text: 't' })).toEqual(['at']);
      for (const bad of [null, [], 'x', 1, undefined]) expect(fails(note, bad)).toEqual([]);
    });

    it('names the first problem in key order, however deep', () => {
      const file = object({ a: string, session: object({ log: array(object({ at: number })) }) });
      expect(fails(file, { a: 1, session: 'x' })).toEqual(['a']);
      expect(fails(file, { a: 'x', session: { log: [{ at: 1 }, { at: 2 }, { at: '3' }] } })).toEqual([
        'session',
        'log',
        2,
        'at',
      ]);
    });

    it('infers required and optional keys', () => {
      expectTypeOf<Infer<typeof note>>().toEqualTypeOf<{ text: string; at: number; by?: string | undefined }>();
    });
  });

  describe('record', () => {
    const answers = record(string, string);

    it('checks every value and returns a copy', () => {
      const input = { a: 'x', b: 'y' };
      const r = safeParse(answers, input);
      expect(r).toEqual({ ok: true, data: { a: 'x', b: 'y' } });
      expect(r.ok && r.data).not.toBe(input);
      expect(fails(answers, { a: 'x', b: 2 })).toEqual(['b']);
    });

    it('checks keys, naming the bad key', () => {
      const byIndex = record(
        refine(string, (k) => /^\d{1,3}$/.test(k)),
        string,
      );
      expect(safeParse(byIndex, { 0: 'a', 12: 'b' }).ok).toBe(true);
      expect(fails(byIndex, { 0: 'a', x: 'b' })).toEqual(['x']);
    });

    it('refuses arrays, null, class instances and other non-plain objects', () => {
      for (const bad of [[], null, 'x', new Date(0), new Map()]) expect(fails(answers, bad)).toEqual([]);
      expect(safeParse(answers, Object.create(null)).ok).toBe(true);
    });

    it('leaves out a __proto__ key and never touches prototypes', () => {
      const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": "x"}') as unknown;
      const r = safeParse(answers, input);
      expect(r).toEqual({ ok: true, data: { a: 'x' } });
      expect(r.ok && Object.getPrototypeOf(r.data)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // Left out before its value is checked, as zod does: it is not an error.
      expect(safeParse(record(string, number), JSON.parse('{"__proto__": "not a number"}')).ok).toBe(true);
    });

    it('keeps other inherited names as ordinary own keys', () => {
      const r = safeParse(answers, JSON.parse('{"constructor": "c", "toString": "t"}'));
      expect(r.ok && Object.keys(r.data)).toEqual(['constructor', 'toString']);
    });
  });
});
