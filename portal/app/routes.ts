import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('sign-out', 'routes/sign-out.tsx'),
  route('caseload', 'routes/caseload.tsx'),
  route('children', 'routes/children.tsx'),
  route('children/:id', 'routes/child.tsx'),
  route('children/:id/messages', 'routes/child-messages.tsx'),
  route('children/:id/challenges', 'routes/child-challenges.tsx'),
  route('children/:id/challenges/new', 'routes/child-challenge-new.tsx'),
  route('children/:id/challenges/:challengeId', 'routes/child-challenge.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
