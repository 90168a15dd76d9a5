/**
 * Tiny inline SVG glyphs for the kit: title-bar buttons, check marks, arrows
 * and 16×16 icons. Decorative only (aria-hidden); colours come from tokens.
 */
import type { ReactNode } from 'react';

import { cn } from '@/lib/cn';

type SvgProps = { className?: string; size?: number; height?: number; viewBox?: string; children: ReactNode };

/** A 16×16 icon drawn by its caller (icons only one screen uses live with that screen). */
export function IconArt({ children }: { children: ReactNode }) {
  return <Svg>{children}</Svg>;
}

function Svg({ className, size = 16, height, viewBox = '0 0 16 16', children }: SvgProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={height ?? size}
      viewBox={viewBox}
      shapeRendering="crispEdges"
      className={cn('inline-block shrink-0', className)}
    >
      {children}
    </svg>
  );
}

/* ── Title-bar and control glyphs (black on silver) ────────────────────── */

export function CloseGlyph() {
  return (
    <Svg size={8} height={7} viewBox="0 0 8 7" className="fill-win-text">
      <path d="M0 0h2v1h1v1h2V1h1V0h2v1H7v1H6v1H5v1h1v1h1v1h1v1H6V6H5V5H3v1H2v1H0V6h1V5h1V4h1V3H2V2H1V1H0z" />
    </Svg>
  );
}

export function MinimizeGlyph() {
  return (
    <Svg size={8} height={7} viewBox="0 0 8 7" className="fill-win-text">
      <path d="M1 5h6v2H1z" />
    </Svg>
  );
}

export function MaximizeGlyph() {
  return (
    <Svg size={9} viewBox="0 0 9 9" className="fill-win-text">
      <path d="M0 0h9v9H0zM1 2v6h7V2z" />
    </Svg>
  );
}

export function HelpGlyph() {
  return (
    <Svg size={6} height={9} viewBox="0 0 6 9" className="fill-win-text">
      <path d="M1 0h4v1h1v3H5v1H4v1H2V4h1V3h1V1H2v2H0V1h1zM2 7h2v2H2z" />
    </Svg>
  );
}

export function CheckGlyph() {
  return (
    <Svg size={7} viewBox="0 0 7 7" className="fill-win-text">
      <path d="M6 0h1v3H6v1H5v1H4v1H3v1H2V6H1V5H0V2h1v1h1v1h1V3h1V2h1V1h1z" />
    </Svg>
  );
}

export function ArrowDownGlyph() {
  return (
    <Svg size={7} height={4} viewBox="0 0 7 4" className="fill-win-text">
      <path d="M0 0h7v1H6v1H5v1H4v1H3V3H2V2H1V1H0z" />
    </Svg>
  );
}

export function ArrowRightGlyph() {
  return (
    <Svg size={4} height={7} viewBox="0 0 4 7" className="fill-current">
      <path d="M0 0h1v1h1v1h1v1h1v1H3v1H2v1H1v1H0z" />
    </Svg>
  );
}

/* ── 16×16 icons ─────────────────────────────────────────────────────── */

export type IconName =
  | 'organization'
  | 'site'
  | 'folder'
  | 'address-list'
  | 'configuration'
  | 'server'
  | 'recipients'
  | 'mailbox'
  | 'user'
  | 'group'
  | 'error'
  | 'information'
  | 'exchange'
  | 'event-viewer'
  | 'user-manager'
  | 'properties'
  | 'up-level'
  | 'help';

const ICONS: Record<IconName, ReactNode> = {
  organization: (
    <>
      <circle cx="8" cy="8" r="7" className="fill-win-blue" shapeRendering="geometricPrecision" />
      <path d="M4 3h4v2H6v3H3V5h1zM9 7h4v3h-2v3H9z" className="fill-win-green" />
    </>
  ),
  site: (
    <>
      <path d="M2 5h5v10H2zM8 2h6v13H8z" className="fill-win-surface stroke-win-text" strokeWidth="1" />
      <path
        d="M3 7h1v1H3zm2 0h1v1H5zM3 10h1v1H3zm2 0h1v1H5zM10 4h1v1h-1zm2 0h1v1h-1zm-2 3h1v1h-1zm2 0h1v1h-1zm-2 3h1v1h-1zm2 0h1v1h-1z"
        className="fill-win-blue"
      />
    </>
  ),
  folder: (
    <>
      <path d="M1 4h5l1 1h7v9H1z" className="fill-win-yellow stroke-win-olive" strokeWidth="1" />
      <path d="M1 6h13" className="stroke-win-olive" strokeWidth="1" />
    </>
  ),
  'address-list': (
    <>
      <path d="M3 1h10v14H3z" className="fill-win-blue stroke-win-text" strokeWidth="1" />
      <path d="M5 3h6v3H5z" className="fill-win-window" />
      <path d="M2 3h2v1H2zm0 3h2v1H2zm0 3h2v1H2zm0 3h2v1H2z" className="fill-win-text" />
    </>
  ),
  configuration: (
    <>
      <path d="M1 4h5l1 1h7v9H1z" className="fill-win-yellow stroke-win-olive" strokeWidth="1" />
      <path d="M7 7h3v1h1v3h-1v1H7v-1H6V8h1z" className="fill-win-shadow" />
      <path d="M8 9h1v1H8z" className="fill-win-yellow" />
    </>
  ),
  server: (
    <>
      <path d="M4 1h8v14H4z" className="fill-win-surface stroke-win-text" strokeWidth="1" />
      <path d="M6 3h4v1H6zm0 2h4v1H6z" className="fill-win-text" />
      <path d="M6 12h1v1H6z" className="fill-win-green" />
    </>
  ),
  recipients: (
    <>
      <path d="M9 2h3v3H9zM8 6h5v5H8z" className="fill-win-maroon" />
      <path d="M4 4h3v3H4zM3 8h5v6H3z" className="fill-win-blue" />
    </>
  ),
  mailbox: (
    <>
      <path d="M1 4h14v9H1z" className="fill-win-window stroke-win-text" strokeWidth="1" />
      <path
        d="M1 4l7 5 7-5"
        className="fill-none stroke-win-text"
        strokeWidth="1"
        shapeRendering="geometricPrecision"
      />
    </>
  ),
  user: (
    <>
      <path d="M6 2h4v4H6z" className="fill-win-olive" />
      <path d="M4 7h8v7H4z" className="fill-win-blue" />
    </>
  ),
  // Groups: two people with a badge. Our own drawings in the NT 4 style, one per kind of name.
  /** A local group: the badge is a small computer. */
  group: (
    <>
      <path d="M9 1h3v3H9zM8 5h5v5H8z" className="fill-win-maroon" />
      <path d="M4 4h3v3H4zM3 8h5v6H3z" className="fill-win-blue" />
      <path d="M9.5 10.5h6v4h-6z" className="fill-win-cyan stroke-win-text" strokeWidth="1" />
      <path d="M11 15h3v1h-3z" className="fill-win-text" />
    </>
  ),
  /** Event Viewer's error: a red stop sign (domain-facts §3.2). */
  error: (
    <>
      <path
        d="M5 1h6l4 4v6l-4 4H5l-4-4V5z"
        className="fill-win-red stroke-win-maroon"
        strokeWidth="1"
        shapeRendering="geometricPrecision"
      />
      <path
        d="M5.5 2.5h5l3 3v5l-3 3h-5l-3-3v-5z"
        className="fill-none stroke-win-window"
        strokeWidth="1"
        shapeRendering="geometricPrecision"
      />
    </>
  ),
  information: (
    <>
      <circle
        cx="8"
        cy="8"
        r="7"
        className="fill-win-window stroke-win-text"
        strokeWidth="1"
        shapeRendering="geometricPrecision"
      />
      <path d="M7 3h2v2H7zM6 6h3v5h1v1H6v-1h1V7H6z" className="fill-win-blue" />
    </>
  ),
  exchange: (
    <>
      <path d="M1 3h14v10H1z" className="fill-win-yellow stroke-win-text" strokeWidth="1" />
      <path
        d="M1 3l7 6 7-6"
        className="fill-none stroke-win-text"
        strokeWidth="1"
        shapeRendering="geometricPrecision"
      />
    </>
  ),
  'event-viewer': (
    <>
      <path d="M2 1h12v14H2z" className="fill-win-window stroke-win-text" strokeWidth="1" />
      <path d="M4 4h8v1H4zm0 3h8v1H4zm0 3h5v1H4z" className="fill-win-text" />
      <path d="M10 10h4v4h-4z" className="fill-win-red" />
    </>
  ),
  'user-manager': (
    <>
      <path d="M6 2h4v4H6z" className="fill-win-olive" />
      <path d="M4 7h8v7H4z" className="fill-win-green" />
    </>
  ),
  properties: (
    <>
      <path d="M3 1h8l2 2v12H3z" className="fill-win-window stroke-win-text" strokeWidth="1" />
      <path d="M5 5h6v1H5zm0 3h6v1H5zm0 3h4v1H5z" className="fill-win-text" />
    </>
  ),
  'up-level': (
    <>
      <path d="M1 4h5l1 1h7v9H1z" className="fill-win-yellow stroke-win-olive" strokeWidth="1" />
      <path d="M8 6l3 3H9v3H7V9H5z" className="fill-win-text" />
    </>
  ),
  help: <path d="M6 2h4v1h1v3h-1v1H9v2H7V6h1V5h1V3H7v2H5V3h1zM7 10h2v2H7z" className="fill-win-text" />,
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return <Svg className={className}>{ICONS[name]}</Svg>;
}
