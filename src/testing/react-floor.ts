/**
 * The benchmark's second floor for the step paint (scripts/bench.mjs): the
 * walk's pages, as the app painted them, drawn by React alone. Each page's
 * HTML becomes a tree of plain React elements (no components, no store, no
 * router, no effects), and each click moves one state to the next page, so
 * React works out and makes the same DOM changes as the app's step changes.
 * Beside the plain-DOM floor it tells what React itself costs a step change,
 * and so what of the app's time is the app's own.
 *
 * Built by the benchmark into a script of its own; never part of the app.
 */
import { Fragment, type ReactNode, createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** Attributes React knows by another name. */
const PROP_NAME: Readonly<Record<string, string>> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  minlength: 'minLength',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  autocomplete: 'autoComplete',
  spellcheck: 'spellCheck',
  novalidate: 'noValidate',
  contenteditable: 'contentEditable',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  datetime: 'dateTime',
  formnovalidate: 'formNoValidate',
};

/** Attributes that are there or not: React wants `true`, where the HTML has an empty value. */
const PRESENCE = new Set([
  'hidden',
  'disabled',
  'required',
  'open',
  'multiple',
  'readonly',
  'novalidate',
  'inert',
  'formnovalidate',
]);

function styleObject(text: string): Record<string, string> {
  const style: Record<string, string> = {};
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    const name = declaration.slice(0, colon).trim();
    if (colon < 0 || !name) continue;
    const key = name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    style[key] = declaration.slice(colon + 1).trim();
  }
  return style;
}

/** A DOM node as React elements that render it again. */
export function toReactNode(node: Node): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element)) return null;
  const tag = node.namespaceURI === 'http://www.w3.org/2000/svg' ? node.tagName : node.localName;
  const props: Record<string, unknown> = {};
  // A field's state as its first value (given even when false: React leaves an attribute alone that is not given).
  if (tag === 'input') props.defaultChecked = node.hasAttribute('checked');
  for (const { name, value } of node.attributes) {
    if (name === 'style') props.style = styleObject(value);
    else if (name === 'checked') continue;
    else if (name === 'value' && (tag === 'input' || tag === 'select')) props.defaultValue = value;
    else props[PROP_NAME[name] ?? name] = PRESENCE.has(name) ? true : value;
  }
  if (tag === 'textarea') return createElement(tag, { ...props, defaultValue: node.textContent });
  return createElement(tag, props, ...Array.from(node.childNodes, toReactNode));
}

/** A page's HTML (the children of `main`) as React elements. */
export function reactPage(html: string): ReactNode {
  const template = document.createElement('template');
  template.innerHTML = html;
  return createElement(Fragment, null, ...Array.from(template.content.childNodes, toReactNode));
}

/**
 * Draws the first page into `container` (emptied first) and returns the next
 * step: a call from a click's listener draws the next page, as a click in the
 * app does (a discrete event's update, rendered and committed before the
 * paint); with `now`, at once from anywhere (the benchmark's untimed set-up).
 */
export function mountReactFloor(htmls: readonly string[], container: Element): (now?: boolean) => void {
  const pages = htmls.map(reactPage);
  let show: ((update: (at: number) => number) => void) | undefined;
  function Page() {
    const [at, setAt] = useState(0);
    show = setAt;
    return pages[at];
  }
  container.replaceChildren();
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Page)));
  return (now = false) => {
    const advance = () => show?.((at) => Math.min(at + 1, pages.length - 1));
    if (now) flushSync(advance);
    else advance();
  };
}
