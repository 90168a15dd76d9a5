import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Box, RING, STRIP, placeCallout } from './spotlight-callout';

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Controls sit inside the window's 3px border. */
const BORDER = 3;

describe('placeCallout', () => {
  it('never covers the spotlit control or its ring (WCAG 2.4.11)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 1200 }), // stage width
        fc.integer({ min: 150, max: 600 }), // window height
        fc.record({
          x: fc.nat(1000),
          y: fc.nat(600),
          w: fc.integer({ min: 8, max: 400 }),
          h: fc.integer({ min: 8, max: 200 }),
        }),
        fc.integer({ min: 40, max: 400 }), // callout width
        fc.constantFrom(24, 40), // callout height: one or two lines
        (W, winH, t, cw, ch) => {
          const H = winH + 2 * STRIP;
          // The control lies inside the window.
          const inner = winH - 2 * BORDER;
          const h = Math.min(t.h, inner);
          const left = Math.min(t.x, W - t.w);
          const top = STRIP + BORDER + Math.min(t.y, inner - h);
          const target = { left, top, right: left + t.w, bottom: top + h };
          const p = placeCallout(target, cw, ch, W, H);
          const callout = { left: p.left, top: p.top, right: p.left + cw, bottom: p.top + ch };
          const ring = {
            left: target.left - RING,
            top: target.top - RING,
            right: target.right + RING,
            bottom: target.bottom + RING,
          };
          expect(overlaps(callout, ring)).toBe(false);
          // The line leaves the callout and reaches the ring, however deep inside the window the control is.
          const lineTop = p.line.top;
          const lineBottom = p.line.top + p.line.height;
          if (p.placement === 'top') {
            expect(lineTop).toBe(p.top + ch);
            expect(lineBottom).toBe(Math.max(lineTop, ring.top));
          } else {
            expect(lineBottom).toBe(p.top);
            expect(lineTop).toBe(ring.bottom);
          }
          // It points at the control's column.
          expect(p.line.x).toBeGreaterThanOrEqual(Math.min(ring.left, p.left));
          expect(p.line.x).toBeLessThanOrEqual(Math.max(ring.right, p.left + cw));
        },
      ),
    );
  });

  it('puts the callout above for a control in the upper half, below otherwise', () => {
    const upper = placeCallout({ left: 100, top: 60, right: 160, bottom: 80 }, 120, 24, 800, 500);
    const lower = placeCallout({ left: 100, top: 400, right: 160, bottom: 420 }, 120, 24, 800, 500);
    expect(upper.placement).toBe('top');
    expect(lower.placement).toBe('bottom');
    expect(lower.top + 24).toBeLessThanOrEqual(500);
  });

  it('keeps the callout inside the stage horizontally', () => {
    const p = placeCallout({ left: 760, top: 60, right: 790, bottom: 80 }, 200, 24, 800, 500);
    expect(p.left + 200).toBeLessThanOrEqual(800);
    expect(p.left).toBeGreaterThanOrEqual(0);
  });
});
