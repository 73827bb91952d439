/** What search engines and social networks read: canonical URL, OpenGraph and Twitter cards. */
const { escapeHtml } = require('./text');
const { shareableRendition } = require('./images');

/**
 * The site's origin for canonical links when it has no configured public URL: the request's Host,
 * only when it looks like a host name (never echo arbitrary header text into the page).
 */
const requestOrigin = (req) => {
  const host = String(req.headers.host ?? '');
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? `http://${host}` : 'http://localhost';
};

const absoluteUrl = (url, base) => {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
};

const metaTag = (attribute, name, content) => (content ? `<meta ${attribute}="${name}" content="${escapeHtml(content)}">` : '');

/**
 * The page's editions for search engines: one `hreflang` link per edition the site holds (this one
 * included) and `x-default` for the default edition. `alternates`: `[{ hreflang, url }]`.
 */
const renderAlternates = (alternates = []) =>
  alternates.map(({ hreflang, url }) => `<link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${escapeHtml(url)}">`).join('\n');

const renderMeta = (snapshot, { pageUrl, siteName, mediaBase, labels, alternates }) => {
  const { content, revision, firstPublishedAt } = snapshot;
  const hero = content.heroImage;
  const image = hero ? shareableRendition(hero, mediaBase) : null;
  const imageUrl = image ? absoluteUrl(image.url, pageUrl) : null;
  const og = (name, value) => metaTag('property', `og:${name}`, value);
  const twitter = (name, value) => metaTag('name', `twitter:${name}`, value);
  return [
    pageUrl ? `<link rel="canonical" href="${escapeHtml(pageUrl)}">` : '',
    renderAlternates(alternates),
    og('type', 'article'),
    og('site_name', siteName),
    og('title', content.title),
    og('description', content.standfirst),
    og('url', pageUrl),
    og('locale', labels.dateLocale.replace('-', '_')),
    og('image', imageUrl),
    imageUrl && image.width ? og('image:width', String(image.width)) + og('image:height', String(image.height)) : '',
    imageUrl ? og('image:alt', hero.altText) : '',
    metaTag('property', 'article:published_time', firstPublishedAt),
    metaTag('property', 'article:modified_time', revision.publishedAt),
    metaTag('property', 'article:section', content.topic),
    twitter('card', imageUrl ? 'summary_large_image' : 'summary'),
    twitter('title', content.title),
    twitter('description', content.standfirst),
    twitter('image', imageUrl),
    imageUrl ? twitter('image:alt', hero.altText) : '',
  ]
    .filter(Boolean)
    .join('\n');
};

module.exports = { renderMeta, renderAlternates, requestOrigin };
