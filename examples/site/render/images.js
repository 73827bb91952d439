/**
 * Credited images with the renditions Strapi generated: `srcset`/`sizes` so a phone downloads a
 * small file, width and height so nothing shifts while it loads, lazy loading below the fold.
 */
const { escapeHtml } = require('./text');

/** The column figures sit in: full width on phones, at most 52rem (832 px) on wide screens. */
const FIGURE_SIZES = '(min-width: 56rem) 52rem, 100vw';

const resolveMedia = (url, mediaBase) => (String(url ?? '').startsWith('/') ? `${mediaBase}${url}` : String(url ?? ''));

/** Every rendition wider than the last, then the original: one `srcset` candidate per width. */
const srcsetOf = (image, mediaBase) => {
  const candidates = [...(image.formats ?? []), ...(image.width ? [{ url: image.url, width: image.width }] : [])];
  const seen = new Set();
  return candidates
    .filter((candidate) => candidate.width > 0 && !seen.has(candidate.width) && seen.add(candidate.width))
    .map((candidate) => `${resolveMedia(candidate.url, mediaBase)} ${candidate.width}w`)
    .join(', ');
};

/** The rendition to share (OpenGraph): the largest at most 1200 px wide, else the original. */
const shareableRendition = (image, mediaBase) => {
  const fitting = [...(image.formats ?? []), { url: image.url, width: image.width, height: image.height }].filter((f) => f.width && f.width <= 1200);
  const best = fitting.sort((a, b) => b.width - a.width)[0] ?? image;
  return { url: resolveMedia(best.url, mediaBase), width: best.width ?? null, height: best.height ?? null };
};

const renderImage = (image, { mediaBase, labels, hero = false }) => {
  const srcset = srcsetOf(image, mediaBase);
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const loading = hero ? ' fetchpriority="high"' : ' loading="lazy" decoding="async"';
  return `
  <figure class="${hero ? 'hero' : 'image'}">
    <img src="${escapeHtml(resolveMedia(image.url, mediaBase))}"${srcset ? ` srcset="${escapeHtml(srcset)}" sizes="${FIGURE_SIZES}"` : ''} alt="${escapeHtml(image.altText)}"${size}${loading}>
    <figcaption>${image.caption ? `<span class="caption">${escapeHtml(image.caption)}</span> ` : ''}<span class="credit">${escapeHtml(labels.ui.imageSource)}, ${escapeHtml(image.credit)}</span></figcaption>
  </figure>`;
};

module.exports = { renderImage, srcsetOf, shareableRendition, resolveMedia };
