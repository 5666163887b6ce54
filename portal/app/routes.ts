import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('sign-out', 'routes/sign-out.tsx'),
  route('caseload', 'routes/caseload.tsx'),
  route('children', 'routes/children.tsx'),
  route('children/:id', 'routes/child.tsx'),
  route('children/:id/reviews', 'routes/reviews.tsx'),
  route('children/:id/reviews/new', 'routes/review-new.tsx'),
  route('children/:id/reviews/record', 'routes/review-record.tsx', { id: 'routes/review-record-unplanned' }),
  route('children/:id/reviews/:reviewId', 'routes/review.tsx'),
  route('children/:id/reviews/:reviewId/record', 'routes/review-record.tsx'),
  route('children/:id/reviews/:reviewId/publish', 'routes/review-publish.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
