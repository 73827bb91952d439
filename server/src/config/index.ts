export type PluginConfig = Record<string, never>;

export default {
  default: {} as PluginConfig,
  validator: (_config: PluginConfig) => {},
};
