import { PLUGIN_ID } from './pluginId';

/** The Sync settings page: `/settings/<SYNC_SETTINGS_ID>`, guarded by "manage sync". */
export const SYNC_SETTINGS_ID = `${PLUGIN_ID}-sync`;
export const syncSettingsPath = `/settings/${SYNC_SETTINGS_ID}`;

export const SYNC_PERMISSIONS = {
  manage: [
    { action: `plugin::${PLUGIN_ID}.sync.manage`, subject: null, id: '', actionParameters: {}, properties: {}, conditions: [] },
  ],
};

/** How often the open settings page and a panel with deliveries in flight look again (ms). */
export const SYNC_REFRESH_MS = 5000;
