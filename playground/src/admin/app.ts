/**
 * The playground's admin panel: Ukrainian and Russian besides English, so an editor can pick
 * Українська or Русский in their profile (the plugin ships uk.json and ru.json).
 */
export default {
  config: {
    locales: ['uk', 'ru'],
  },
  bootstrap() {},
};
