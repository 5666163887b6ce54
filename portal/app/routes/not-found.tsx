import { notFound } from '../session-route.server';

/** Any other address: the GOV.UK "Page not found" page, with a real 404 (no session needed to be told so). */
export function loader() {
  throw notFound(new Headers());
}

export default function NotFound() {
  return null;
}
