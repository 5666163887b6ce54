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
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
