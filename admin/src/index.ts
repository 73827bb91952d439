import { ArrowsCounterClockwise, Clock, Earth, Globe, Image, PinMap } from '@strapi/icons';
import { withExplainerPublish } from './components/revisions/ExplainerPublishAction';
import { RevisionPanel } from './components/revisions/RevisionPanel';
import { ALERTS_SETTINGS_ID, CLAIM_PERMISSIONS, claimsPath, MAP_READ_PERMISSIONS, PERMISSIONS, SETTINGS_PERMISSIONS, SYNC_PERMISSIONS, SYNC_SETTINGS_ID, syncSettingsPath } from './constants';
import { PLUGIN_ID } from './pluginId';
import { contentManagerWords } from './translations/content-manager';
import { messages } from './translations/messages';

type TradOptions = { locales: string[] };

/**
 * The home page's "What needs checking" (Strapi's home page widgets): claims due for
 * re-verification, old maps, failing deliveries, each shown to those who may fix it.
 */
const registerNeedsCheckingWidgets = (app: any) => {
  if (typeof app.widgets?.register !== 'function') return;
  const widgets = () => import('./components/checking/NeedsCheckingWidgets');
  app.widgets.register([
    {
      id: 'needs-checking-claims',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: messages['checking.claims.title'],
      link: { label: messages['checking.claims.link'], href: claimsPath },
      component: async () => (await widgets()).DueClaimsWidget,
      permissions: CLAIM_PERMISSIONS.read,
    },
    {
      id: 'needs-checking-maps',
      pluginId: PLUGIN_ID,
      icon: Earth,
      title: messages['checking.maps.title'],
      component: async () => (await widgets()).OldMapsWidget,
      permissions: MAP_READ_PERMISSIONS,
    },
    {
      id: 'needs-checking-deliveries',
      pluginId: PLUGIN_ID,
      icon: ArrowsCounterClockwise,
      title: messages['checking.deliveries.title'],
      link: { label: messages['checking.deliveries.link'], href: syncSettingsPath },
      component: async () => (await widgets()).FailingDeliveriesWidget,
      permissions: SYNC_PERMISSIONS.manage,
    },
  ]);
};

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Globe,
      intlLabel: messages['plugin.name'],
      Component: () => import('./pages/App'),
      // Editors who may read revisions or claims (the claims desk is at plugins/conflict-explainer/claims).
      permissions: [...PERMISSIONS.readRevisions, ...CLAIM_PERMISSIONS.read],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    // The map's GeoJSON field (server: `strapi.customFields.register` in register.ts).
    app.customFields.register({
      name: 'geojson',
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: messages['map.field.label'],
      intlDescription: messages['map.field.description'],
      icon: PinMap,
      components: { Input: async () => import('./components/maps/GeoJsonInput') },
    });
    // The credited image's credit, prefilled from the picked file's metadata (server: register.ts).
    app.customFields.register({
      name: 'image-credit',
      pluginId: PLUGIN_ID,
      type: 'string',
      intlLabel: messages['credit.field.label'],
      intlDescription: messages['credit.field.description'],
      icon: Image,
      components: { Input: async () => import('./components/images/CreditInput') },
    });
    registerNeedsCheckingWidgets(app);
  },

  bootstrap(app: any) {
    // Settings → Global settings → "Explainer site sync": sync targets and deliveries.
    app.addSettingsLink('global', {
      id: SYNC_SETTINGS_ID,
      to: SYNC_SETTINGS_ID,
      intlLabel: messages['sync.settings-link'],
      Component: () => import('./pages/SyncSettingsPage'),
      permissions: SYNC_PERMISSIONS.manage,
    });

    // Settings → Global settings → "Explainer alerts": the alert target.
    app.addSettingsLink('global', {
      id: ALERTS_SETTINGS_ID,
      to: ALERTS_SETTINGS_ID,
      intlLabel: messages['alerts.settings-link'],
      Component: () => import('./pages/AlertsSettingsPage'),
      permissions: SETTINGS_PERMISSIONS,
    });

    // The revisions panel in the Content Manager's edit view (it renders only for explainers).
    const contentManager = app.getPlugin('content-manager');
    if (typeof contentManager?.apis?.addEditViewSidePanel === 'function') {
      contentManager.apis.addEditViewSidePanel([RevisionPanel]);
    }
    // One way to publish an explainer: Strapi's "Publish" opens the plugin's dialog (kind and notes).
    if (typeof contentManager?.apis?.addDocumentAction === 'function') {
      contentManager.apis.addDocumentAction((actions: any[]) =>
        actions.map((action) => (action?.type === 'publish' ? withExplainerPublish(action) : action))
      );
    }
  },

  async registerTrads({ locales }: TradOptions) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          const prefixed = Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
          return { data: { ...contentManagerWords(locale, data), ...prefixed }, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
