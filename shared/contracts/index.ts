/**
 * The package's `strapi-plugin-conflict-explainer/contracts` entry: the public snapshot, the sync
 * (webhook) payload and the plugin's API shapes, with no Strapi import, for a site or a script.
 */
export * from './snapshot';
export * from './sync';
export * from './explainers';
export * from './revisions';
export * from './editions';
export * from './claims';
export * from './media';
export * from './maps';
export * from './sync-admin';
export * from './activity';
export * from './preview';
export * from './needs-checking';
export * from './alerts';
