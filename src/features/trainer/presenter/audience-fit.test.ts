import { describe, expect, it } from 'vitest';

import { NO_ZOOM, type Rect, zoomTo } from './audience-fit';

/** A 1024×768 audience window's screen box, and a dialog's stage drawn at about its own size in it. */
const box = { width: 958, height: 556 };
const stage: Rect = { left: 255, top: 0, right: 703, bottom: 556 };
const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
/** Where the focus lands on screen under a zoom. */
const drawn = (r: Rect, z: { z: number; x: number; y: number }): Rect => ({
  left: z.x + r.left * z.z,
  top: z.y + r.top * z.z,
  right: z.x + r.right * z.z,
  bottom: z.y + r.bottom * z.z,
});
const within = (r: Rect, w = box.width, h = box.height) => r.left >= 0 && r.top >= 0 && r.right <= w && r.bottom <= h;

describe('the audience’s zoom on a control', () => {
  it('draws the control and its callout twice as large, whole, with no backdrop beyond the picture’s edge', () => {
    // The Roles list near the bottom of the dialog, its callout in the strip below.
    const focus = rect(318, 440, 180, 100);
    const z = zoomTo(box, stage, focus, 1);
    expect(z.z).toBe(2);
    expect(within(drawn(focus, z))).toBe(true);
    // Twice as large, the picture is still narrower than the box: centred across. It is taller than the box: it
    // ends at the box's bottom edge (rather than the focus in the middle, with backdrop below the picture).
    const picture = drawn(stage, z);
    expect(picture.left).toBe(box.width - picture.right);
    expect(picture.top).toBeLessThan(0);
    expect(picture.bottom).toBe(box.height);
  });

  it('grows less when the control with its callout would not fit twice as large, and never past three times in all', () => {
    const tall = rect(300, 10, 200, 400);
    const z = zoomTo(box, stage, tall, 1);
    expect(z.z).toBeGreaterThan(1);
    expect(z.z).toBeLessThan(2);
    expect(within(drawn(tall, z))).toBe(true);
    // Already drawn at 1.8 times (a 1920×1080 window): at most 3 in all.
    expect(zoomTo(box, stage, rect(400, 200, 40, 20), 1.8).z).toBe(1.66);
  });

  it('does not zoom where it cannot grow enough: a focus as large as the box, a picture at three times already', () => {
    expect(zoomTo(box, stage, rect(0, 0, box.width, box.height), 1)).toBe(NO_ZOOM);
    expect(zoomTo(box, stage, rect(400, 200, 40, 20), 3)).toBe(NO_ZOOM);
    // Nor for a gain too small to pay for the cut picture (1.08 times, a dialog's edge cut off).
    expect(zoomTo(box, stage, rect(300, 20, 200, 480), 1)).toBe(NO_ZOOM);
  });

  it('centres a picture narrower than the box once zoomed', () => {
    const narrow: Rect = { left: 400, top: 0, right: 560, bottom: 556 };
    const z = zoomTo(box, narrow, rect(450, 250, 40, 20), 1);
    const picture = drawn(narrow, z);
    expect(Math.abs(picture.left - (box.width - picture.right))).toBeLessThanOrEqual(1);
  });
});
