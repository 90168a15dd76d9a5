/**
 * A page of a guide that a case has left (it was handed over to another
 * guide): where the case is now, and a way to take it back here. Loaded only
 * for such an address: a step of this guide (case-offer.tsx), or one it does
 * not have, under its not-found heading (`nested`: case-way-back.tsx).
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/lib/paths';
import { Button } from '@/components/ui/button';
import { CATALOG } from '@/content/catalog';
import { type StoredCase, loadHandOver } from '@/store';

export default function CaseMoved({
  caseId,
  stored,
  here,
  nested = false,
}: {
  caseId: string;
  stored: StoredCase;
  here: string;
  /** Shown under another page's heading (a mistyped step link): its own heading one level down. */
  nested?: boolean;
}) {
  const navigate = useNavigate();
  const Heading = nested ? 'h2' : 'h1';
  const [asking, setAsking] = useState(false);
  const kb = (flowId: string) => CATALOG.find((f) => f.id === flowId)?.kb ?? flowId;
  const later = stored.earlier?.findIndex((p) => p.flowId === here) === stored.earlier!.length - 1;
  const back = async () => {
    const { takeCaseBack } = await loadHandOver();
    const to = takeCaseBack(caseId);
    if (to) navigate(to);
  };
  return (
    <section
      aria-labelledby="moved-title"
      className="mt-6 max-w-prose rounded-lg border-2 border-brand-600 bg-brand-50 p-4"
      data-testid="case-moved"
    >
      <Heading id="moved-title" className={nested ? 'text-xl font-bold' : 'text-2xl font-bold'}>
        This case continued in KB {kb(stored.flowId)}
      </Heading>
      <p className="mt-2">
        It was handed over from this guide to the guide for KB {kb(stored.flowId)}. Its answers here are kept in the
        case’s trail, ticket text and hand-over file.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link
          to={paths.resume({ flowId: stored.flowId, caseId })}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Go to the case in KB {kb(stored.flowId)}
        </Link>
        {later && !asking && (
          <Button variant="secondary" onClick={() => setAsking(true)}>
            Take the case back to KB {kb(here)}
          </Button>
        )}
      </div>
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby="take-back-q"
          className="mt-4 rounded-md border border-amber-600 bg-amber-50 p-3"
        >
          <p id="take-back-q" className="font-semibold">
            Take it back? What was answered and done in KB {kb(stored.flowId)} is dropped; the answers here stay.
          </p>
          <div className="mt-2 flex flex-wrap gap-3">
            <Button onClick={() => void back()}>Take it back</Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              Keep it in KB {kb(stored.flowId)}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
