export const PLUGIN_ID = 'conflict-explainer';
