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

// The map's SVG and legend come rendered in the snapshot (shared/map-svg.ts), the same drawing the
// editors previewed; the site only places them.
const renderLegend = (map) =>
  `<ul class="legend">${map.legend
    .map((entry) => {
      const swatch = entry.fill
        ? `background:${escapeHtml(entry.fill)};border:1px solid ${escapeHtml(entry.stroke ?? entry.fill)}`
        : `border-top:3px ${entry.dash ? 'dashed' : 'solid'} ${escapeHtml(entry.stroke)}`;
      return `<li><span class="swatch" style="${swatch}"></span>${escapeHtml(entry.label)}</li>`;
    })
    .join('')}</ul>`;

const renderMap = (map, caption) => `
  <figure class="map" id="map-${escapeHtml(map.id)}">
    <figcaption class="map-title">${escapeHtml(map.title)}</figcaption>
    <div class="map-svg">${map.svg}</div>
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
.map-svg svg{width:100%;height:auto;border:1px solid #ddd}.changelog{font-family:Helvetica,Arial,sans-serif;font-size:.9rem}
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

module.exports = { renderPage, escapeHtml };
