import { Globe } from '@strapi/icons';
import { RevisionPanel } from './components/RevisionPanel';
import { PERMISSIONS } from './constants';
import { PLUGIN_ID } from './pluginId';
import { messages } from './translations/messages';

type TradOptions = { locales: string[] };

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Globe,
      intlLabel: messages['plugin.name'],
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.readRevisions,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: any) {
    // The revisions panel in the Content Manager's edit view (it renders only for explainers).
    const contentManager = app.getPlugin('content-manager');
    if (typeof contentManager?.apis?.addEditViewSidePanel === 'function') {
      contentManager.apis.addEditViewSidePanel([RevisionPanel]);
    }
  },

  async registerTrads({ locales }: TradOptions) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          const prefixed = Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
          return { data: prefixed, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
