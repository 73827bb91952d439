/**
 * Maps: the SVG and legend come rendered in the snapshot (shared/map-svg.ts, with a title and a
 * description for screen readers), the same drawing the editors previewed; the site places them,
 * with the full text description one tap away.
 */
const { escapeHtml } = require('./text');

const renderLegend = (map, labels) =>
  `<ul class="legend" aria-label="${escapeHtml(labels.ui.legend)}">${map.legend
    .map((entry) => {
      const swatch = entry.fill
        ? `background:${escapeHtml(entry.fill)};border:1px solid ${escapeHtml(entry.stroke ?? entry.fill)}`
        : `border-top:3px ${entry.dash ? 'dashed' : 'solid'} ${escapeHtml(entry.stroke)}`;
      return `<li><span class="swatch" style="${swatch}" aria-hidden="true"></span>${escapeHtml(entry.label)}</li>`;
    })
    .join('')}</ul>`;

const renderMap = (map, caption, { labels, format }) => {
  const text = caption || map.caption;
  return `
  <figure class="map" id="map-${escapeHtml(map.id)}">
    <figcaption class="map-title">${escapeHtml(map.title)}</figcaption>
    <div class="map-svg">${map.svg}</div>
    <details class="map-text"><summary>${escapeHtml(labels.ui.textDescription)}</summary><p>${escapeHtml(map.textDescription)}</p></details>
    ${renderLegend(map, labels)}
    <p class="map-meta">${escapeHtml(map.sourceLine)} · ${escapeHtml(labels.ui.asOf)} <time datetime="${escapeHtml(map.asOf)}">${escapeHtml(format.date(map.asOf))}</time></p>
    ${text ? `<p class="map-caption">${escapeHtml(text)}</p>` : ''}
  </figure>`;
};

module.exports = { renderMap };
