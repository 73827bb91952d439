import path from 'path';

export default () => ({
  // The plugin under development: this repository's root (its build in ../dist).
  'conflict-explainer': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..', '..'),
  },
});
