/**
 * The reader's page for an explainer snapshot (shared/contracts/snapshot.ts): a news page that
 * reads fully without JavaScript, in the snapshot's edition (locale), with its styles inline.
 */
const fs = require('node:fs');
const path = require('node:path');
const { escapeHtml, renderRichText, jsonForScript } = require('./text');
const { labelsFor, labelOf, formatters } = require('./labels');
const { renderImage } = require('./images');
const { renderMap } = require('./maps');
const { renderClaim } = require('./claims');
const { renderMeta } = require('./meta');

const STYLES = fs.readFileSync(path.join(__dirname, 'styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '');
/** How many recent changes the box at the top shows; the full list closes the page. */
const RECENT_CHANGES = 3;

/**
 * Editors often open their note with "Updated 7 Nov:" (the admin's hint suggests it); the page
 * prints the date itself, so a leading "Updated <date>:" (or a bare "Updated:") is dropped.
 */
const stripUpdatedPrefix = (note, labels) => {
  const words = [...new Set(['updated', labels.ui.updated.toLowerCase()])].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const datePart = '(?:\\s+(?:on\\s+)?(?=[^:–—]*\\d)[^:–—]{1,40}?)?';
  const prefix = new RegExp(`^\\s*(?:${words})${datePart}\\s*[:–—]\\s*`, 'i');
  const stripped = String(note ?? '').replace(prefix, '');
  return stripped.trim() ? stripped : String(note ?? '');
};

const time = (iso, text) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(text)}</time>`;

/** The latest revision's note; the first publish has none to announce (the dates line says it). */
const renderBanner = ({ revision }, { labels, format }) => {
  if (revision.number <= 1) return '';
  const word = revision.kind === 'correction' ? labels.ui.correction : revision.kind === 'clarification' ? labels.ui.clarification : labels.ui.updated;
  return `<p class="updated kind-${escapeHtml(revision.kind)}" id="updated"><strong>${escapeHtml(word)} ${time(revision.publishedAt, format.dateTime(revision.publishedAt))}:</strong> ${escapeHtml(stripUpdatedPrefix(revision.note, labels))}</p>`;
};

const changeItem = (entry, { labels, format }) => {
  const kind = entry.kind === 'correction' ? `<strong>${escapeHtml(labels.ui.correction)}:</strong> ` : entry.kind === 'clarification' ? `<strong>${escapeHtml(labels.ui.clarification)}:</strong> ` : '';
  return `<li>${time(entry.publishedAt, format.dateTime(entry.publishedAt))} ${kind}${escapeHtml(stripUpdatedPrefix(entry.note, labels))}</li>`;
};

const renderRecentChanges = (changelog, context) =>
  changelog.length > 1
    ? `<aside class="changes" aria-labelledby="changes-title"><h2 id="changes-title">${escapeHtml(context.labels.ui.whatHasChanged)}</h2><ul>${changelog
        .slice(0, RECENT_CHANGES)
        .map((entry) => changeItem(entry, context))
        .join('')}</ul><p><a href="#changelog">${escapeHtml(context.labels.ui.allChanges)}</a></p></aside>`
    : '';

const renderHeader = (snapshot, context) => {
  const { content, revision, firstPublishedAt } = snapshot;
  const { labels, format } = context;
  const kicker = [content.topic, content.place].filter(Boolean).map(escapeHtml).join(' · ');
  const updated = revision.publishedAt !== firstPublishedAt ? `<span>${escapeHtml(labels.ui.updated)} ${time(revision.publishedAt, format.dateTime(revision.publishedAt))}</span>` : '';
  return `<header class="article-head">
  ${kicker ? `<p class="kicker">${kicker}</p>` : ''}
  <h1>${escapeHtml(content.title)}</h1>
  ${content.standfirst ? `<p class="standfirst">${escapeHtml(content.standfirst)}</p>` : ''}
  <div class="meta-line">
    <p class="situation situation-${escapeHtml(content.situationStatus)}"><span class="visually-hidden">${escapeHtml(labels.ui.situation)}: </span>${escapeHtml(labelOf(labels.situations, content.situationStatus))}</p>
    ${content.byline ? `<p class="byline">${escapeHtml(labels.ui.by)} <span class="author">${escapeHtml(content.byline)}</span></p>` : ''}
    <p class="dates"><span>${escapeHtml(labels.ui.published)} ${time(firstPublishedAt, format.dateTime(firstPublishedAt))}</span>${updated}</p>
  </div>
</header>`;
};

const renderBlock = (block, context) => {
  const { claims, maps, actors, mediaBase, labels } = context;
  if (block.type === 'text') return renderRichText(block.content);
  if (block.type === 'image') return renderImage(block.image, { mediaBase, labels });
  if (block.type === 'map' && maps.has(block.mapId)) return renderMap(maps.get(block.mapId), block.caption, context);
  if (block.type === 'claim' && claims.has(block.claimId)) return renderClaim(claims.get(block.claimId), context);
  if (block.type === 'quote') {
    const speaker = block.speakerId ? actors.get(block.speakerId)?.name : null;
    const cite = [speaker, block.attribution].filter(Boolean).map(escapeHtml).join(', ');
    return `<blockquote class="pull"><p>${escapeHtml(block.text)}</p>${cite ? `<footer><cite>${cite}</cite></footer>` : ''}</blockquote>`;
  }
  return '';
};

const renderSection = (section, context) => `
<section id="${escapeHtml(section.id)}"${section.question ? ` aria-labelledby="${escapeHtml(section.id)}-q"` : ''}>
  ${section.question ? `<h2 id="${escapeHtml(section.id)}-q">${escapeHtml(section.question)}</h2>` : ''}
  ${section.blocks.map((block) => renderBlock(block, context)).join('\n')}
</section>`;

/**
 * An edition translated from a source revision older than the source edition the site holds: the
 * reader is told, in the edition's language, when the English version changed, with a link to it.
 * `sourceUpdate`: `{ locale, url, publishedAt }` (site.js works it out), or null.
 */
const renderSourceUpdate = (sourceUpdate, { labels, format }) =>
  sourceUpdate
    ? `<aside class="edition-behind" role="note"><p>${escapeHtml(labels.ui.sourceUpdated)} ${time(sourceUpdate.publishedAt, format.dateTime(sourceUpdate.publishedAt))}. <a href="${escapeHtml(sourceUpdate.url)}" hreflang="${escapeHtml(sourceUpdate.locale)}">${escapeHtml(labels.ui.readSource)}</a></p></aside>`
    : '';

/**
 * A draft preview inside Strapi's Preview: kept out of search engines, marked as a draft, and
 * reloaded (with the renewed token) when the Content Manager says the draft was saved.
 */
const renderPreviewHead = (preview) => (preview ? '<meta name="robots" content="noindex, nofollow">' : '');
const renderPreviewBanner = (preview, labels) => {
  if (!preview) return '';
  const reload = `window.addEventListener('message',function(e){if(e.origin!==${jsonForScript(preview.adminOrigin)})return;if(e.data&&e.data.type==='strapiUpdate')location.replace(${jsonForScript(preview.reloadUrl)});});`;
  return `<p class="preview-banner" role="status">${escapeHtml(labels.ui.previewBanner)}</p><script>${reload}</script>`;
};

/**
 * @param snapshot the explainer snapshot
 * @param options.mediaBase prefix for relative upload URLs (Strapi's origin)
 * @param options.pageUrl this page's public URL (canonical and sharing links)
 * @param options.siteName the publication's name, in the masthead and for sharing
 * @param options.preview a draft preview: `{ reloadUrl, adminOrigin }` (see site.js)
 * @param options.alternates the editions the site holds, for `hreflang` links: `[{ hreflang, url }]`
 * @param options.sourceUpdate the English version changed since this translation: `{ locale, url, publishedAt }`
 */
const renderPage = (snapshot, { mediaBase = '', pageUrl = null, siteName = 'The Explainer', preview = null, alternates = [], sourceUpdate = null } = {}) => {
  const { content, changelog } = snapshot;
  const labels = labelsFor(content.locale);
  const context = {
    labels,
    format: formatters(labels),
    mediaBase,
    actors: new Map(content.actors.map((a) => [a.id, a])),
    claims: new Map(content.claims.map((c) => [c.id, c])),
    maps: new Map(content.maps.map((m) => [m.id, m])),
  };
  return `<!doctype html>
<html lang="${escapeHtml(content.locale ?? labels.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)} | ${escapeHtml(siteName)}</title>
<meta name="description" content="${escapeHtml(content.standfirst ?? '')}">
${renderMeta(snapshot, { pageUrl, siteName, mediaBase, labels, alternates })}
${renderPreviewHead(preview)}
<script type="application/ld+json">${jsonForScript(snapshot.jsonLd)}</script>
<style>${STYLES}</style>
</head>
<body>
${renderPreviewBanner(preview, labels)}
<a class="skip" href="#main">${escapeHtml(labels.ui.skipToContent)}</a>
<header class="masthead"><a href="/">${escapeHtml(siteName)}</a></header>
<main id="main" tabindex="-1">
<article>
${renderSourceUpdate(sourceUpdate, context)}
${renderHeader(snapshot, context)}
${renderBanner(snapshot, context)}
${content.heroImage ? renderImage(content.heroImage, { mediaBase, labels, hero: true }) : ''}
${renderRecentChanges(changelog, context)}
${content.sections.map((section) => renderSection(section, context)).join('\n')}
<section class="changelog" id="changelog" aria-labelledby="changelog-title">
  <h2 id="changelog-title">${escapeHtml(labels.ui.changelog)}</h2>
  <ol reversed>${changelog.map((entry) => changeItem(entry, context)).join('')}</ol>
</section>
</article>
</main>
</body>
</html>`;
};

module.exports = { renderPage, stripUpdatedPrefix };
