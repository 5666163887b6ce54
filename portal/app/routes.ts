import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('sign-out', 'routes/sign-out.tsx'),
  route('caseload', 'routes/caseload.tsx'),
  route('oversight', 'routes/oversight.tsx'),
  route('children', 'routes/children.tsx'),
  route('children/:id', 'routes/child.tsx'),
  route('children/:id/plan', 'routes/child-plan.tsx'),
  route('children/:id/plan/versions/:number', 'routes/child-plan-version.tsx'),
  route('children/:id/plan/edit', 'routes/child-plan-edit.tsx'),
  route('children/:id/recommendations', 'routes/child-recommendations.tsx'),
  route('children/:id/reviews/:reviewId/recommendations', 'routes/review-recommendations.tsx'),
  route('children/:id/reviews', 'routes/reviews.tsx'),
  route('children/:id/reviews/new', 'routes/review-new.tsx'),
  route('children/:id/reviews/record', 'routes/review-record.tsx', { id: 'routes/review-record-unplanned' }),
  route('children/:id/reviews/:reviewId', 'routes/review.tsx'),
  route('children/:id/reviews/:reviewId/record', 'routes/review-record.tsx'),
  route('children/:id/reviews/:reviewId/publish', 'routes/review-publish.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
