/** The reader's page (examples/site/render/): kept here so `require('./render')` stays the entry point. */
const { renderPage, stripUpdatedPrefix } = require('./render/page');
const { escapeHtml } = require('./render/text');
const { requestOrigin } = require('./render/meta');

module.exports = { renderPage, escapeHtml, stripUpdatedPrefix, requestOrigin };
