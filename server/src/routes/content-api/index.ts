import { manageRoutes } from './manage';

export default {
  type: 'content-api' as const,
  routes: [...manageRoutes],
};
