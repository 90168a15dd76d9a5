/**
 * The decision map of a flow: every question, fix step and outcome, with the
 * session's path drawn strong and numbered. The boxes on the path are links
 * (mouse or keyboard) back to that step. The same map follows as a list,
 * which is its text alternative and works at any zoom.
 */
import { type MouseEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useHref, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { useKeepFocusInGroup } from '@/components/ui/use-keep-focus-in-group';
import type { Flow, FlowNode } from '@/content/schema';
import type { Walk } from '@/engine/walk';
import { cn } from '@/lib/cn';
import { quoted } from '@/lib/quote';

import { type FlowLayout, KIND_PX, LINE_HEIGHT, type MapEdge, type MapNode, TITLE_PX } from './layout';

const OUTCOME_KIND: Readonly<Record<string, string>> = {
  diagnosis: 'Cause found',
  'not-this': 'Probably not this',
  'other-cause': 'Another cause',
  'not-applicable': 'Does not apply',
  resolved: 'Resolved',
  escalate: 'Hand over',
};

/** The kind as the box says it: short enough for the box at the map's 14 px (its shape shows an outcome). */
function boxKind(node: Pick<MapNode, 'kind' | 'type'>): string {
  return node.kind === 'outcome' ? (OUTCOME_KIND[node.type ?? ''] ?? 'Outcome') : kindLabel(node);
}

export function kindLabel(node: Pick<MapNode, 'kind' | 'type'>): string {
  if (node.kind === 'question') return 'Question';
  if (node.kind === 'step') return 'Fix step';
  return `Outcome: ${OUTCOME_KIND[node.type ?? ''] ?? 'outcome'}`;
}

function edgePath(points: MapEdge['points']): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}

type FlowMapProps = {
  flow: Flow;
  layout: FlowLayout;
  walk: Walk;
  /** In-app path of a step. */
  stepHref: (nodeId: string) => string;
  /** In-app path of a question, step or outcome off the path, to read what it says without a case (the list links each). */
  readHref: (nodeId: string) => string;
};

/** Zoom steps: 100 % is the smallest, so the map's type never drops below 14 CSS px; larger suits a projector. */
export const ZOOMS = [1, 1.25, 1.5, 2] as const;

export function FlowMap({ flow, layout, walk, stepHref, readHref }: FlowMapProps) {
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sizeRef = useRef<HTMLDivElement>(null);
  useKeepFocusInGroup(sizeRef);
  const [zoom, setZoom] = useState(1);

  const order = useMemo(() => new Map(walk.path.map((p, i) => [p.node.id, i + 1])), [walk]);
  const pathEdges = useMemo(
    () => new Set(walk.path.flatMap((p) => (p.choice ? [`${p.node.id}|${p.choice.id}`] : []))),
    [walk],
  );
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const flowNodes = useMemo(() => new Map(flow.nodes.map((n) => [n.id, n])), [flow]);
  const currentId = walk.current.id;

  /** Bring a box into the middle of the view, at the current zoom. */
  const reveal = useCallback(
    (nodeId: string, behavior: ScrollBehavior = 'auto') => {
      const el = scrollRef.current;
      const n = byId.get(nodeId);
      if (!el || !n) return;
      // Into the middle of the part of the map that is on screen (its box may run past the window's bottom).
      const box = el.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      const middle = bottom > top ? (top + bottom) / 2 - box.top : el.clientHeight / 2;
      el.scrollTo({
        left: Math.max(0, n.x * zoom - el.clientWidth / 2),
        top: Math.max(0, n.y * zoom - middle),
        behavior,
      });
      // Near the map's end the box cannot scroll that far: then the page scrolls instead, just enough.
      const drawn = el.querySelector(`[data-map-node="${CSS.escape(nodeId)}"]`);
      const r = drawn?.getBoundingClientRect();
      if (drawn && r && behavior === 'auto' && (r.bottom > window.innerHeight || r.top < 0))
        drawn.scrollIntoView({ block: 'nearest' });
    },
    [byId, zoom],
  );
  // Open with the current step in view, and keep it there when the zoom changes.
  useEffect(() => reveal(currentId), [reveal, currentId]);

  const offPath = layout.nodes.filter((n) => !order.has(n.id));
  const onPath = layout.nodes.filter((n) => order.has(n.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const edges = [...layout.edges].sort(
    (a, b) => Number(pathEdges.has(`${a.from}|${a.choice}`)) - Number(pathEdges.has(`${b.from}|${b.choice}`)),
  );
  const z = ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-700" id={`${id}-legend`}>
        <LegendSwatch className="fill-brand-50 stroke-brand-700" thick>
          On your path (numbered, a link back there)
        </LegendSwatch>
        <LegendSwatch className="fill-brand-700 stroke-brand-800" thick>
          Where you are now
        </LegendSwatch>
        <LegendSwatch className="fill-white stroke-slate-500">Not on your path</LegendSwatch>
        <span>
          Boxes: rounded for questions, square for fix steps, pill-shaped for outcomes. Your path runs straight down the
          left.
        </span>
      </div>

      <div ref={sizeRef} className="flex flex-wrap items-center gap-2" role="group" aria-label="Map size and position">
        <Button variant="secondary" onClick={() => setZoom(ZOOMS[Math.max(0, z - 1)]!)} disabled={z <= 0}>
          Smaller
        </Button>
        <output
          className="min-w-16 text-center font-semibold"
          aria-live="polite"
          data-testid="map-zoom"
        >{`${Math.round(zoom * 100)} %`}</output>
        <Button
          variant="secondary"
          onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, z + 1)]!)}
          disabled={z >= ZOOMS.length - 1}
        >
          Larger
        </Button>
        <Button variant="secondary" onClick={() => reveal(currentId, 'smooth')}>
          Go to where you are
        </Button>
        <Button variant="secondary" onClick={() => reveal(walk.path[0]!.node.id, 'smooth')}>
          Go to the start
        </Button>
        <span className="text-sm text-slate-700">Scroll the map (or use the arrow keys in it) to see the rest.</span>
      </div>

      <div
        ref={scrollRef}
        // A scroll container keyboard users must be able to scroll (WCAG 2.1.1); most of the map has no links.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label="Decision map (scroll to see all of it)"
        data-testid="map-scroll"
        className="max-h-[75vh] min-h-64 overflow-auto rounded-lg border border-slate-300 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <svg
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          width={Math.ceil(layout.width * zoom)}
          height={Math.ceil(layout.height * zoom)}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="block"
          data-testid="flow-map"
        >
          <title id={`${id}-title`}>{`Decision map of ${flow.kb.id}`}</title>
          <desc id={`${id}-desc`}>
            {`${layout.nodes.length} questions, fix steps and outcomes. The ${walk.path.length} on your path are links back to them; the list below the map says the same in words.`}
          </desc>
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" className="fill-slate-500" />
            </marker>
            <marker
              id={`${id}-arrow-path`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="5"
              markerHeight="5"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" className="fill-brand-700" />
            </marker>
          </defs>
          <g aria-hidden="true">
            {edges.map((e) => {
              const on = pathEdges.has(`${e.from}|${e.choice}`);
              return (
                <path
                  key={`${e.from}|${e.choice}`}
                  d={edgePath(e.points)}
                  data-map-edge={`${e.from}>${e.to}`}
                  data-on-path={on ? '' : undefined}
                  className={cn('fill-none', on ? 'stroke-brand-700' : 'stroke-slate-500')}
                  strokeWidth={on ? 3.5 : 1.25}
                  markerEnd={`url(#${id}-arrow${on ? '-path' : ''})`}
                />
              );
            })}
          </g>
          <g aria-hidden="true">
            {offPath.map((n) => (
              <NodeBox key={n.id} node={n} />
            ))}
          </g>
          {onPath.map((n) => (
            <PathNode
              key={n.id}
              node={n}
              step={order.get(n.id)!}
              current={n.id === currentId}
              to={stepHref(n.id)}
              title={flowNodes.get(n.id)}
            />
          ))}
        </svg>
      </div>

      <MapList
        flow={flow}
        layout={layout}
        walk={walk}
        stepHref={stepHref}
        readHref={readHref}
        order={order}
        pathEdges={pathEdges}
      />
    </div>
  );
}

function NodeBox({
  node,
  step,
  current = false,
  onPath = false,
}: {
  node: MapNode;
  step?: number;
  current?: boolean;
  onPath?: boolean;
}) {
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  const rx = node.kind === 'question' ? 10 : node.kind === 'outcome' ? Math.min(node.height / 2, 24) : 2;
  const text = current ? 'fill-white' : 'fill-slate-900';
  const kindText = current ? 'fill-white' : onPath ? 'fill-brand-800' : 'fill-slate-600';
  return (
    <g data-map-node={node.id} data-on-path={onPath ? '' : undefined} data-current={current ? '' : undefined}>
      <rect
        x={left}
        y={top}
        width={node.width}
        height={node.height}
        rx={rx}
        className={cn(
          current
            ? 'fill-brand-700 stroke-brand-800'
            : onPath
              ? 'fill-brand-50 stroke-brand-700'
              : 'fill-white stroke-slate-500',
        )}
        strokeWidth={onPath ? 3 : 1.25}
      />
      {node.kind === 'step' && (
        <rect
          x={left}
          y={top}
          width={6}
          height={node.height}
          className={current ? 'fill-brand-800' : 'fill-emerald-700'}
        />
      )}
      <text x={left + 14} y={top + 20} fontSize={KIND_PX} className={cn('font-semibold', kindText)}>
        {step ? `${step}. ${boxKind(node)}` : boxKind(node)}
      </text>
      {current && (
        // A tag above the box's left corner (the arrow in arrives at its middle).
        <g data-map-here="">
          <rect x={left} y={top - 30} width={128} height={24} rx={4} className="fill-brand-800" />
          <text x={left + 10} y={top - 13} fontSize={KIND_PX} className="fill-white font-semibold">
            You are here
          </text>
        </g>
      )}
      {node.lines.map((line, i) => (
        <text key={i} x={left + 14} y={top + 42 + i * LINE_HEIGHT} fontSize={TITLE_PX} className={text}>
          {line}
        </text>
      ))}
    </g>
  );
}

function PathNode({
  node,
  step,
  current,
  to,
  title,
}: {
  node: MapNode;
  step: number;
  current: boolean;
  to: string;
  title?: FlowNode;
}) {
  const href = useHref(to);
  const navigate = useNavigate();
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  const name = `${step}. ${kindLabel(node)}: ${node.title}${current ? ' (you are here)' : ''}. Go back there.`;
  return (
    <a
      href={href}
      onClick={onClick}
      aria-label={name}
      className="group outline-none"
      data-map-link={title?.id ?? node.id}
    >
      <NodeBox node={node} step={step} current={current} onPath />
      <rect
        x={node.x - node.width / 2 - 5}
        y={node.y - node.height / 2 - 5}
        width={node.width + 10}
        height={node.height + 10}
        rx={8}
        className="fill-none stroke-brand-600 opacity-0 group-hover:opacity-60 group-focus-visible:opacity-100"
        strokeWidth={3}
      />
    </a>
  );
}

function MapList({
  flow,
  layout,
  walk,
  stepHref,
  readHref,
  order,
  pathEdges,
}: FlowMapProps & { order: ReadonlyMap<string, number>; pathEdges: ReadonlySet<string> }) {
  const titles = new Map(layout.nodes.map((n) => [n.id, n.title]));
  const outgoing = new Map<string, MapEdge[]>();
  for (const e of layout.edges) outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), e]);
  return (
    <section aria-labelledby="map-list-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="map-list-title" className="text-lg font-bold">
        The map as a list
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {`Every question, fix step and outcome of ${flow.kb.id}, top to bottom, with where each answer leads. Items on your path (${walk.path.length}) take you back to them; every other one opens to what it says.`}
      </p>
      <ol className="mt-3 grid gap-3" data-testid="map-list">
        {layout.nodes.map((n) => {
          const step = order.get(n.id);
          const current = n.id === walk.current.id;
          return (
            <li key={n.id} data-list-node={n.id} data-kind={n.kind} data-on-path={step !== undefined ? '' : undefined}>
              <span className="text-sm font-semibold text-slate-700">{`${kindLabel(n)}: `}</span>
              {step !== undefined ? (
                <Link to={stepHref(n.id)} className="font-semibold text-brand-700 underline underline-offset-2">
                  {n.title}
                </Link>
              ) : (
                <Link to={readHref(n.id)} className="text-brand-700 underline underline-offset-2">
                  {n.title}
                </Link>
              )}
              {step !== undefined && (
                <span className="text-sm text-slate-700">
                  {current ? ` (step ${step} of your path: you are here)` : ` (step ${step} of your path)`}
                </span>
              )}
              {(outgoing.get(n.id)?.length ?? 0) > 0 && (
                <ul className="mt-1 ml-5 list-disc text-sm text-slate-700">
                  {outgoing.get(n.id)!.map((e) => (
                    <li key={e.choice}>
                      {e.label ? `${quoted(e.label)} → ` : '→ '}
                      {titles.get(e.to) ?? e.to}
                      {pathEdges.has(`${e.from}|${e.choice}`) && <span className="font-semibold"> (your path)</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A legend entry: a small box drawn like the map's boxes (thick outline for the path), then its meaning. */
function LegendSwatch({
  className,
  thick = false,
  children,
}: {
  className: string;
  thick?: boolean;
  children: ReactNode;
}) {
  // Inset by half the stroke, so the outline stays inside the 28×16 box.
  const inset = thick ? 1.5 : 1;
  return (
    <span className="flex items-center gap-2">
      <svg width="28" height="16" aria-hidden="true">
        <rect
          x={inset}
          y={inset}
          width={28 - 2 * inset}
          height={16 - 2 * inset}
          rx="3"
          className={className}
          strokeWidth={thick ? 3 : undefined}
        />
      </svg>
      {children}
    </span>
  );
}
