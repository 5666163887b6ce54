import { data } from 'react-router';

/** Any other address: the GOV.UK "Page not found" page, with a real 404. */
export function loader() {
  throw data(null, { status: 404, statusText: 'Not Found' });
}

export default function NotFound() {
  return null;
}
