import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { lightSpec } from './screen-catalog.ts';

describe('lightSpec', () => {
  const size = { width: 300, height: 200 };

  it('reads the checks a page makes off the schema: required fields, and the values of required enums', () => {
    const state = z.object({
      view: z.enum(['log', 'detail']).optional(),
      event: z.object({ id: z.string() }),
      page: z.enum(['a', 'b']),
      count: z.number().optional(),
      shown: z.boolean().default(false),
    });
    expect(lightSpec({ title: 'T', targets: { x: 'the X' }, state }, size)).toEqual({
      title: 'T',
      targets: { x: 'the X' },
      size,
      choices: { page: ['a', 'b'] },
      required: ['event', 'page'],
    });
  });

  it('reads a refined object the same way, and leaves out what there is none of', () => {
    const state = z.object({ note: z.string().optional() }).superRefine(() => undefined);
    expect(lightSpec({ title: 'T', targets: {}, state }, size)).toEqual({ title: 'T', targets: {}, size });
  });
});
