import { index, route, type RouteConfig } from '@react-router/dev/routes';

// A folder per part of a child's record, each route's server modules beside it. The URLs are the contract (the
// browser tests and every link use them); the files behind them may move.
export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/auth/sign-in.tsx'),
  route('sign-out', 'routes/auth/sign-out.tsx'),
  route('caseload', 'routes/caseload/caseload.tsx'),
  route('oversight', 'routes/oversight/oversight.tsx'),
  route('oversight/children', 'routes/oversight/children.tsx'),
  route('children', 'routes/children/children.tsx'),
  route('children/:id', 'routes/children/child.tsx'),
  route('children/:id/plan', 'routes/children/plan/plan.tsx'),
  route('children/:id/plan/versions/:number', 'routes/children/plan/version.tsx'),
  route('children/:id/plan/edit', 'routes/children/plan/edit.tsx'),
  route('children/:id/recommendations', 'routes/children/recommendations/recommendations.tsx'),
  route('children/:id/reviews/:reviewId/recommendations', 'routes/children/recommendations/review-recommendations.tsx'),
  route('children/:id/reviews', 'routes/children/reviews/reviews.tsx'),
  route('children/:id/reviews/new', 'routes/children/reviews/new.tsx'),
  route('children/:id/reviews/record', 'routes/children/reviews/record.tsx', {
    id: 'routes/children/reviews/record-unplanned',
  }),
  route('children/:id/reviews/:reviewId', 'routes/children/reviews/review.tsx'),
  route('children/:id/reviews/:reviewId/record', 'routes/children/reviews/record.tsx'),
  route('children/:id/reviews/:reviewId/publish', 'routes/children/reviews/publish.tsx'),
  route('children/:id/contact', 'routes/children/contact/contact.tsx'),
  route('children/:id/messages', 'routes/children/messages/messages.tsx'),
  route('children/:id/challenges', 'routes/children/challenges/challenges.tsx'),
  route('children/:id/challenges/new', 'routes/children/challenges/new.tsx'),
  route('children/:id/challenges/:challengeId', 'routes/children/challenges/challenge.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
