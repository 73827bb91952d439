/**
 * Renders an explainer snapshot (shared/contracts/snapshot.ts) as a reader's page. Every piece of
 * text is escaped here: the snapshot is data, never markup.
 */
const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const safeUrl = (url) => (/^https?:\/\//i.test(url ?? '') || /^\/[^/]/.test(url ?? '') ? url : null);

const formatDate = (iso) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const STATUS_LABELS = {
  unverified: 'Unverified',
  disputed: 'Disputed',
  denied: 'Denied',
  corroborated: 'Corroborated',
  confirmed: 'Confirmed',
  false: 'False',
  retracted: 'Retracted',
};

const MAP_STYLE = {
  'control-russian': { label: 'Russian-held', fill: '#e8a0a0', stroke: '#b84c4c' },
  'control-ukrainian': { label: 'Ukrainian-held', fill: '#a9c7ea', stroke: '#3f74b5' },
  'control-contested': { label: 'Contested', fill: '#f3d9a4', stroke: '#c99a3c', dash: '4 3' },
  'front-line': { label: 'Front line', stroke: '#8b1a1a', width: 2.5 },
  road: { label: 'Road', stroke: '#555', width: 1.6 },
  rail: { label: 'Railway', stroke: '#222', width: 1.2, dash: '6 3' },
  river: { label: 'River', stroke: '#4a90c2', width: 1.4 },
  border: { label: 'Border', stroke: '#777', width: 1, dash: '2 3' },
  settlement: { label: 'Settlement', fill: '#222' },
  label: { label: 'Label' },
};

const renderInline = (node) => {
  if (node.type === 'text') {
    let html = escapeHtml(node.text);
    if (node.bold) html = `<strong>${html}</strong>`;
    if (node.italic) html = `<em>${html}</em>`;
    return html;
  }
  if (node.type === 'link') {
    const href = safeUrl(node.url);
    const inner = (node.children ?? []).map(renderInline).join('');
    return href ? `<a href="${escapeHtml(href)}" rel="noopener">${inner}</a>` : inner;
  }
  return (node.children ?? []).map(renderInline).join('');
};

const renderRichText = (nodes) =>
  nodes
    .map((node) => {
      const inner = (node.children ?? []).map(renderInline).join('');
      if (node.type === 'heading') return `<h${Math.min(6, Math.max(3, node.level ?? 3))}>${inner}</h${Math.min(6, Math.max(3, node.level ?? 3))}>`;
      if (node.type === 'list') {
        const tag = node.format === 'ordered' ? 'ol' : 'ul';
        return `<${tag}>${(node.children ?? []).map((item) => `<li>${(item.children ?? []).map(renderInline).join('')}</li>`).join('')}</${tag}>`;
      }
      if (node.type === 'quote') return `<blockquote>${inner}</blockquote>`;
      return `<p>${inner}</p>`;
    })
    .join('\n');

const resolveMedia = (url, mediaBase) => (url.startsWith('/') ? `${mediaBase}${url}` : url);

const renderImage = (image, mediaBase, hero = false) => `
  <figure class="${hero ? 'hero' : 'image'}">
    <img src="${escapeHtml(resolveMedia(image.url, mediaBase))}" alt="${escapeHtml(image.altText)}"${image.width ? ` width="${image.width}" height="${image.height}"` : ''} loading="lazy">
    <figcaption>${image.caption ? `<span class="caption">${escapeHtml(image.caption)}</span> ` : ''}<span class="credit">Image source, ${escapeHtml(image.credit)}</span></figcaption>
  </figure>`;

/** A static SVG of a situation map: WGS84 → equirectangular with cos(latitude) scaling. */
const renderMapSvg = (map, width = 640, height = 420) => {
  const positions = [];
  const collect = (c) => (typeof c[0] === 'number' ? positions.push(c) : c.forEach(collect));
  map.geojson.features.forEach((f) => collect(f.geometry.coordinates));
  let [west, south, east, north] = map.frame ?? [
    Math.min(...positions.map((p) => p[0])),
    Math.min(...positions.map((p) => p[1])),
    Math.max(...positions.map((p) => p[0])),
    Math.max(...positions.map((p) => p[1])),
  ];
  const padX = (east - west) * 0.06 || 0.01;
  const padY = (north - south) * 0.06 || 0.01;
  west -= padX; east += padX; south -= padY; north += padY;
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((east - west) * k), height / (north - south));
  const offX = (width - (east - west) * k * scale) / 2;
  const offY = (height - (north - south) * scale) / 2;
  const xy = ([lon, lat]) => [(offX + (lon - west) * k * scale).toFixed(1), (offY + (north - lat) * scale).toFixed(1)];
  const path = (rings) => rings.map((ring) => `M${ring.map((p) => xy(p).join(',')).join('L')}Z`).join('');
  const line = (coords) => `M${coords.map((p) => xy(p).join(',')).join('L')}`;
  const order = ['control-russian', 'control-ukrainian', 'control-contested', 'river', 'border', 'road', 'rail', 'front-line', 'settlement', 'label'];
  const features = [...map.geojson.features].sort((a, b) => order.indexOf(a.properties.type) - order.indexOf(b.properties.type));
  const shapes = features
    .map((f) => {
      const style = MAP_STYLE[f.properties.type] ?? {};
      const g = f.geometry;
      const name = escapeHtml(f.properties.name ?? '');
      const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
        const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        return `<path d="${polys.map(path).join('')}" fill="${style.fill}" fill-opacity="0.7" stroke="${style.stroke}"${dash} fill-rule="evenodd"><title>${name}</title></path>`;
      }
      if (g.type === 'LineString' || g.type === 'MultiLineString') {
        const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        return `<path d="${lines.map(line).join('')}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${dash}><title>${name}</title></path>`;
      }
      const points = g.type === 'Point' ? [g.coordinates] : g.coordinates;
      return points
        .map((p) => {
          const [x, y] = xy(p);
          if (f.properties.type === 'label') return `<text x="${x}" y="${y}" font-size="13" font-style="italic" fill="#444" text-anchor="middle">${name}</text>`;
          return `<circle cx="${x}" cy="${y}" r="4" fill="#222"/><text x="${Number(x) + 6}" y="${Number(y) - 6}" font-size="12" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">${name}</text>`;
        })
        .join('');
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(map.title)}" font-family="sans-serif"><rect width="${width}" height="${height}" fill="#f4f1ea"/>${shapes}</svg>`;
};

const renderLegend = (map) => {
  const types = [...new Set(map.geojson.features.map((f) => f.properties.type))].filter((t) => t !== 'label');
  return `<ul class="legend">${types
    .map((type) => {
      const s = MAP_STYLE[type] ?? {};
      const swatch = s.fill ? `background:${s.fill};border:1px solid ${s.stroke ?? s.fill}` : `border-top:3px ${s.dash ? 'dashed' : 'solid'} ${s.stroke}`;
      return `<li><span class="swatch" style="${swatch}"></span>${escapeHtml(s.label ?? type)}</li>`;
    })
    .join('')}</ul>`;
};

const renderMap = (map, caption) => `
  <figure class="map" id="map-${escapeHtml(map.id)}">
    <figcaption class="map-title">${escapeHtml(map.title)}</figcaption>
    ${renderMapSvg(map)}
    ${renderLegend(map)}
    <p class="map-meta">${escapeHtml(map.sourceLine)} · As of ${escapeHtml(formatDate(map.asOf))}</p>
    ${caption || map.caption ? `<p class="map-caption">${escapeHtml(caption || map.caption)}</p>` : ''}
    <details><summary>Text description</summary><p>${escapeHtml(map.textDescription)}</p></details>
  </figure>`;

const renderClaim = (claim, actors, claims) => {
  const actor = actors.get(claim.claimantId);
  const linkText = (label, ids) =>
    ids.length ? `<li>${label}: ${ids.map((id) => `<a href="#claim-${escapeHtml(id)}">${escapeHtml(claims.get(id)?.statement ?? '')}</a>`).join('; ')}</li>` : '';
  const source = safeUrl(claim.sourceUrl);
  return `
  <aside class="claim status-${escapeHtml(claim.status)}" id="claim-${escapeHtml(claim.id)}">
    <p class="claimant">${escapeHtml(actor?.name ?? 'Unknown')} <span class="side">(${escapeHtml(actor?.side ?? '')})</span> · ${escapeHtml(claim.medium)}${claim.madeAt ? ` · ${escapeHtml(formatDate(claim.madeAt))}` : ''}</p>
    <p class="statement">${escapeHtml(claim.statement)}</p>
    <p><span class="status">${escapeHtml(STATUS_LABELS[claim.status] ?? claim.status)}</span>${source ? ` · <a href="${escapeHtml(source)}" rel="noopener nofollow">Source</a>` : ''}</p>
    <ul class="links">${linkText('Contradicts', claim.links.contradicts)}${linkText('Contradicted by', claim.links.contradictedBy)}${linkText('Supports', claim.links.supports)}${linkText('Supported by', claim.links.supportedBy)}</ul>
  </aside>`;
};

const jsonForScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const renderPage = (snapshot, { mediaBase = '' } = {}) => {
  const { content, revision, changelog } = snapshot;
  const actors = new Map(content.actors.map((a) => [a.id, a]));
  const claims = new Map(content.claims.map((c) => [c.id, c]));
  const maps = new Map(content.maps.map((m) => [m.id, m]));
  const sections = content.sections
    .map(
      (section) => `
  <section id="${escapeHtml(section.id)}">
    ${section.question ? `<h2>${escapeHtml(section.question)}</h2>` : ''}
    ${section.blocks
      .map((block) => {
        if (block.type === 'text') return renderRichText(block.content);
        if (block.type === 'image') return renderImage(block.image, mediaBase);
        if (block.type === 'map' && maps.has(block.mapId)) return renderMap(maps.get(block.mapId), block.caption);
        if (block.type === 'claim' && claims.has(block.claimId)) return renderClaim(claims.get(block.claimId), actors, claims);
        if (block.type === 'quote') return `<blockquote><p>${escapeHtml(block.text)}</p>${block.speakerId ? `<cite>${escapeHtml(actors.get(block.speakerId)?.name ?? '')}</cite>` : ''}</blockquote>`;
        return '';
      })
      .join('\n')}
  </section>`
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)}</title>
<meta name="description" content="${escapeHtml(content.standfirst ?? '')}">
<script type="application/ld+json">${jsonForScript(snapshot.jsonLd)}</script>
<style>
body{font-family:Georgia,serif;max-width:760px;margin:0 auto;padding:1rem 1.2rem;color:#1a1a1a;line-height:1.55}
h1{font-size:2rem;line-height:1.2}h2{margin-top:2.2rem;font-family:Helvetica,Arial,sans-serif}
.updated{font-family:Helvetica,Arial,sans-serif;background:#fff6d6;border-left:4px solid #e0b000;padding:.5rem .8rem}
figure{margin:1.5rem 0}figure img{width:100%;height:auto}figcaption,.map-meta,.legend,.claim{font-family:Helvetica,Arial,sans-serif;font-size:.9rem}
.credit{color:#555}.claim{border:1px solid #ddd;border-left:6px solid #999;padding:.6rem .9rem;margin:1rem 0;background:#fafafa}
.claim .statement{font-size:1.05rem;margin:.3rem 0}.claim .status{font-weight:bold;text-transform:uppercase;font-size:.8rem}
.status-disputed{border-left-color:#e08a00}.status-denied,.status-false{border-left-color:#b00020}.status-confirmed,.status-corroborated{border-left-color:#1b7f3b}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}.legend .swatch{display:inline-block;width:18px;height:10px;margin-right:.35rem;vertical-align:middle}
.map svg{width:100%;height:auto;border:1px solid #ddd}.changelog{font-family:Helvetica,Arial,sans-serif;font-size:.9rem}
</style>
</head>
<body>
<article>
<h1>${escapeHtml(content.title)}</h1>
<p class="updated" id="updated">Updated ${escapeHtml(formatDate(revision.publishedAt))}: ${escapeHtml(revision.note)}</p>
${content.heroImage ? renderImage(content.heroImage, mediaBase, true) : ''}
${content.standfirst ? `<p class="standfirst"><strong>${escapeHtml(content.standfirst)}</strong></p>` : ''}
${sections}
<section class="changelog" id="changelog">
  <h2>Changelog</h2>
  <ol reversed>${changelog
    .map((entry) => `<li><time datetime="${escapeHtml(entry.publishedAt)}">${escapeHtml(formatDate(entry.publishedAt))}</time> · ${entry.kind === 'correction' ? '<strong>Correction</strong>: ' : ''}${escapeHtml(entry.note)}</li>`)
    .join('')}</ol>
</section>
</article>
</body>
</html>`;
};

module.exports = { renderPage, renderMapSvg, escapeHtml };
