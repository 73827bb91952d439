/**
 * Claim cards readers understand: who (with their side in colour and in words), how and when, the
 * newsroom's status with its one-line meaning, and the related claims once each, compactly.
 */
const { escapeHtml, safeUrl } = require('./text');
const { labelOf } = require('./labels');

/**
 * Related claims grouped for reading. "Contradicts" and "contradicted by" are the same disagreement
 * seen from either side, so they are one list; a claim appears in one group only, and never links
 * to itself.
 */
const relatedGroups = (claim) => {
  const links = claim.links ?? {};
  const groups = [
    ['contradictedBy', [...(links.contradicts ?? []), ...(links.contradictedBy ?? [])]],
    ['supportedBy', links.supportedBy ?? []],
    ['supports', links.supports ?? []],
    ['updatedBy', links.updatedByClaims ?? []],
    ['updates', links.updates ?? []],
  ];
  const shown = new Set([claim.id]);
  return groups
    .map(([key, ids]) => [key, ids.filter((id) => !shown.has(id) && shown.add(id))])
    .filter(([, ids]) => ids.length > 0);
};

/** "Ukraine's General Staff (4 Nov)": who made the related claim and when, not its whole text. */
const relatedLinkText = (related, actors, { labels, format }) => {
  const who = actors.get(related.claimantId)?.name ?? labels.ui.unknownClaimant;
  const when = related.madeAt ? format.shortDate(related.madeAt) : '';
  return when ? `${who} (${when})` : who;
};

/** The opening words of a statement, to tell apart two claims by the same source on the same day. */
const openingWords = (statement, count = 6) => {
  const words = String(statement ?? '').split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
};

const renderRelated = (claim, context) => {
  const { claims, labels } = context;
  const groups = relatedGroups(claim).map(([key, ids]) => [key, ids.filter((id) => claims.has(id))]);
  const texts = new Map(groups.flatMap(([, ids]) => ids).map((id) => [id, relatedLinkText(claims.get(id), context.actors, context)]));
  const repeated = (text) => [...texts.values()].filter((other) => other === text).length > 1;
  const items = groups
    .filter(([, ids]) => ids.length > 0)
    .map(([key, ids]) => {
      const anchors = ids.map((id) => {
        const related = claims.get(id);
        const text = repeated(texts.get(id)) ? `${texts.get(id)}: “${openingWords(related.statement)}”` : texts.get(id);
        return `<a href="#claim-${escapeHtml(id)}" title="${escapeHtml(related.statement)}">${escapeHtml(text)}</a>`;
      });
      return `<li><span class="link-label">${escapeHtml(labels.links[key])}:</span> ${anchors.join(', ')}</li>`;
    })
    .join('');
  return items ? `<ul class="links">${items}</ul>` : '';
};

const renderClaim = (claim, context) => {
  const { actors, labels, format } = context;
  const actor = actors.get(claim.claimantId);
  const status = labels.statuses[claim.status] ?? { label: labelOf({}, claim.status), meaning: '' };
  const source = safeUrl(claim.sourceUrl);
  const name = actor?.name ?? labels.ui.unknownClaimant;
  const how = [
    escapeHtml(labelOf(labels.media, claim.medium)),
    claim.madeAt ? `<time datetime="${escapeHtml(claim.madeAt)}">${escapeHtml(format.date(claim.madeAt))}</time>` : '',
    source ? `<a href="${escapeHtml(source)}" rel="noopener nofollow">${escapeHtml(labels.ui.source)}<span class="visually-hidden">: ${escapeHtml(name)}</span></a>` : '',
  ].filter(Boolean);
  return `
  <div class="claim status-${escapeHtml(claim.status)}" id="claim-${escapeHtml(claim.id)}">
    <p class="claimant">${actor ? `<span class="side side-${escapeHtml(actor.side)}">${escapeHtml(labelOf(labels.sides, actor.side))}</span> ` : ''}<strong>${escapeHtml(name)}</strong>${actor?.kind ? `<span class="kind">, ${escapeHtml(labelOf(labels.actorKinds, actor.kind).toLowerCase())}</span>` : ''}</p>
    <p class="statement">${escapeHtml(claim.statement)}</p>
    <p class="how">${how.join(' · ')}</p>
    <p class="verdict"><span class="status">${escapeHtml(status.label)}</span>${status.meaning ? ` <span class="meaning">${escapeHtml(status.meaning)}</span>` : ''}</p>
    ${renderRelated(claim, context)}
  </div>`;
};

module.exports = { renderClaim, relatedGroups, relatedLinkText };
