/**
 * The library's entry: what other features use of it (a guide's own paste box names the other guides that know a
 * pasted event when its own guide does not). The start page composes the library itself (app/routes/home-route.tsx).
 */
export { OtherGuides } from './paste-result';
