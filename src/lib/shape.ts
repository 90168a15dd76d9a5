/**
 * A few tiny, typed checks for data the app reads back at run time (stored
 * progress, share links, hand-over files), in place of a validator library.
 * They follow zod's rules where this app relies on them: objects keep only
 * their known keys and come out as fresh copies, numbers must be finite,
 * optional accepts a missing key or undefined, and records never take a
 * `__proto__` key. `safeParse` never throws for bad data: it says where the
 * first problem is, as a path such as ['session', 'log', 3, 'at'].
 *
 * A shape is a plain function that returns the checked copy of its input or
 * throws; use it only through `safeParse`.
 */

export type Path = (string | number)[];
export type Shape<T> = (value: unknown) => T;
export type Infer<S extends Shape<unknown>> = ReturnType<S>;
export type ParseResult<T> = { ok: true; data: T } | { ok: false; path: Path };

type Optional<T> = Shape<T | undefined> & { readonly optional: true };
type Props = Record<string, Shape<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOf<P extends Props> = Flat<
  { [K in keyof P as P[K] extends Optional<unknown> ? never : K]: Infer<P[K]> } & {
    [K in keyof P as P[K] extends Optional<unknown> ? K : never]?: Infer<P[K]>;
  }
>;

class Mismatch extends Error {
  path: Path = [];
}

function fail(): never {
  throw new Mismatch('shape mismatch');
}

/** Check `value` where it sits under `key`, so a failure names its place. */
function within<T>(key: string | number, shape: Shape<T>, value: unknown): T {
  try {
    return shape(value);
  } catch (error) {
    if (error instanceof Mismatch) error.path.unshift(key);
    throw error;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function safeParse<T>(shape: Shape<T>, value: unknown): ParseResult<T> {
  try {
    return { ok: true, data: shape(value) };
  } catch (error) {
    if (error instanceof Mismatch) return { ok: false, path: error.path };
    throw error;
  }
}

export const string: Shape<string> = (value) => (typeof value === 'string' ? value : fail());

/** A finite number: NaN and ±Infinity are refused, as zod 4 does. */
export const number: Shape<number> = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : fail());

/** Exactly one of the given values. */
export function literal<const V extends readonly (string | number | boolean)[]>(...values: V): Shape<V[number]> {
  return (value) => (values.includes(value as V[number]) ? (value as V[number]) : fail());
}

/** A value of `shape` that also passes `test` (a length limit, a pattern). */
export function refine<T>(shape: Shape<T>, test: (value: T) => boolean): Shape<T> {
  return (value) => {
    const checked = shape(value);
    return test(checked) ? checked : fail();
  };
}

/** In an object: the key may be missing or undefined. */
export function optional<T>(shape: Shape<T>): Optional<T> {
  return Object.assign((value: unknown) => (value === undefined ? undefined : shape(value)), {
    optional: true as const,
  });
}

export function array<T>(item: Shape<T>): Shape<T[]> {
  return (value) => {
    if (!Array.isArray(value)) fail();
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) out.push(within(i, item, value[i]));
    return out;
  };
}

/** A fresh object with only the listed keys, each checked. */
export function object<P extends Props>(props: P): Shape<ObjectOf<P>> {
  const keys = Object.keys(props);
  return (value) => {
    if (!isObject(value)) fail();
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const checked = within(key, props[key]!, value[key]);
      if (checked !== undefined || key in value) out[key] = checked;
    }
    return out as ObjectOf<P>;
  };
}

/**
 * A plain object used as a map: every own enumerable key (all that JSON has)
 * and its value checked; a `__proto__` key is left out, never copied.
 */
export function record<K extends string, V>(key: Shape<K>, item: Shape<V>): Shape<Record<K, V>> {
  return (value) => {
    const proto: unknown = isObject(value) && Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) fail();
    const source = value as Record<string, unknown>;
    const out = {} as Record<K, V>;
    for (const name of Object.keys(source)) {
      if (name === '__proto__') continue;
      out[within(name, key, name)] = within(name, item, source[name]);
    }
    return out;
  };
}
