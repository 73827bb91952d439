/** Authenticated REST for newsroom scripts (API tokens): /api/conflict-explainer/manage/<plural>. */
const resource = (controller: string, plural: string) => [
  { method: 'GET', path: `/manage/${plural}`, handler: `${controller}.find` },
  { method: 'GET', path: `/manage/${plural}/:id`, handler: `${controller}.findOne` },
  { method: 'POST', path: `/manage/${plural}`, handler: `${controller}.create` },
  { method: 'PUT', path: `/manage/${plural}/:id`, handler: `${controller}.update` },
  { method: 'DELETE', path: `/manage/${plural}/:id`, handler: `${controller}.delete` },
];

export const manageRoutes = [
  ...resource('manage-explainer', 'explainers'),
  ...resource('manage-claim', 'claims'),
  ...resource('manage-actor', 'actors'),
  ...resource('manage-map', 'maps'),
];
