/** Escaping and the rich-text renderer: the snapshot is data, never markup. */
const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Absolute http(s) URLs and site-relative paths only: no `javascript:` or protocol-relative links. */
const safeUrl = (url) => (/^https?:\/\//i.test(url ?? '') || /^\/[^/]/.test(url ?? '') ? url : null);

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

const inlineChildren = (node) => (node.children ?? []).map(renderInline).join('');

/** Headings start at h3: the page's h1 is the title and each section's question is an h2. */
const renderRichText = (nodes) =>
  nodes
    .map((node) => {
      if (node.type === 'heading') {
        const level = Math.min(6, Math.max(3, node.level ?? 3));
        return `<h${level}>${inlineChildren(node)}</h${level}>`;
      }
      if (node.type === 'list') {
        const tag = node.format === 'ordered' ? 'ol' : 'ul';
        return `<${tag}>${(node.children ?? []).map((item) => `<li>${inlineChildren(item)}</li>`).join('')}</${tag}>`;
      }
      if (node.type === 'quote') return `<blockquote>${inlineChildren(node)}</blockquote>`;
      return `<p>${inlineChildren(node)}</p>`;
    })
    .join('\n');

/** JSON inside <script>: no `</script>` or HTML comment can end it early. */
const jsonForScript = (value) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

module.exports = { escapeHtml, safeUrl, renderRichText, jsonForScript };
