const path = require('path');

module.exports = () => ({
  // The plugin under development: this repository's root (built into ../dist by `npm run build`).
  'conflict-explainer': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..'),
  },
});
