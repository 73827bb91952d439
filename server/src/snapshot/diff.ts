import { create } from 'jsondiffpatch';
import { noChanges, type ChangeSummary } from '../../../shared/contracts/revisions';
import type { SnapshotContent, SnapshotSection } from '../../../shared/contracts/snapshot';
import { canonicalJson, hashContent } from './hash';

/** Array items are matched by their id (sections, claims, maps), or by content for body blocks. */
const differ = create({
  objectHash: (item: any, index?: number) => item?.id ?? (item ? canonicalJson(item) : `$$index:${index}`),
  arrays: { detectMove: true, includeValueOnMove: false },
});

/** Maps are compared by a hash of their GeoJSON: a moved front line is one change, not a thousand. */
const withHashedGeoJson = (content: SnapshotContent) => ({
  ...content,
  maps: content.maps.map(({ geojson, ...map }) => ({ ...map, geojsonSha256: hashContent(geojson) })),
});

/** A jsondiffpatch delta between two revisions' content (`unknown` as in the contract: jsondiffpatch is bundled, not a dependency). */
export const diffContent = (left: SnapshotContent | null, right: SnapshotContent): unknown =>
  differ.diff(left ? withHashedGeoJson(left) : {}, withHashedGeoJson(right)) ?? null;

const sectionLabel = (section: SnapshotSection) => section.question ?? 'Introduction';

/** What an editor wants to read about a change: sections, claim statuses, maps, images. */
export const summarizeChange = (left: SnapshotContent | null, right: SnapshotContent): ChangeSummary => {
  const summary = noChanges();
  for (const field of ['title', 'slug', 'standfirst', 'place', 'topic', 'situationStatus', 'byline'] as const) {
    if ((left?.[field] ?? null) !== right[field]) summary.fieldsChanged.push(field);
  }
  if (canonicalJson(left?.heroImage ?? null) !== canonicalJson(right.heroImage)) summary.fieldsChanged.push('heroImage');

  const leftSections = new Map((left?.sections ?? []).map((s) => [s.id, s]));
  const rightSections = new Map(right.sections.map((s) => [s.id, s]));
  for (const [id, section] of rightSections) {
    const before = leftSections.get(id);
    if (!before) summary.sectionsAdded.push(sectionLabel(section));
    else if (canonicalJson(before.blocks) !== canonicalJson(section.blocks)) summary.sectionsEdited.push(sectionLabel(section));
  }
  for (const [id, section] of leftSections) if (!rightSections.has(id)) summary.sectionsRemoved.push(sectionLabel(section));

  const leftClaims = new Map((left?.claims ?? []).map((c) => [c.id, c]));
  const rightClaims = new Map(right.claims.map((c) => [c.id, c]));
  for (const [id, claim] of rightClaims) {
    const before = leftClaims.get(id);
    if (!before) summary.claimsAdded.push(claim.statement);
    else if (before.status !== claim.status) summary.claimsStatusChanged.push({ id, statement: claim.statement, from: before.status, to: claim.status });
  }
  for (const [id, claim] of leftClaims) if (!rightClaims.has(id)) summary.claimsRemoved.push(claim.statement);

  const leftMaps = new Map((left?.maps ?? []).map((m) => [m.id, m]));
  for (const map of right.maps) {
    const before = leftMaps.get(map.id);
    if (!before || canonicalJson(before) !== canonicalJson(map)) summary.mapsUpdated.push({ id: map.id, title: map.title, asOf: map.asOf });
  }
  const images = (content: SnapshotContent | null) =>
    (content?.sections ?? []).flatMap((s) => s.blocks.filter((b) => b.type === 'image').map((b) => canonicalJson(b)));
  const leftImages = new Set(images(left));
  const rightImages = new Set(images(right));
  summary.imagesChanged = [...rightImages].filter((i) => !leftImages.has(i)).length + [...leftImages].filter((i) => !rightImages.has(i)).length;
  return summary;
};

/** A one-line public note for publishes that came without one (the Content Manager's button, scripts). */
export const describeSummary = (summary: ChangeSummary): string => {
  const parts: string[] = [];
  for (const change of summary.claimsStatusChanged) parts.push(`claim now ${change.to}: “${truncate(change.statement)}”`);
  if (summary.claimsAdded.length) parts.push(`adds ${summary.claimsAdded.length === 1 ? 'a claim' : `${summary.claimsAdded.length} claims`}`);
  for (const map of summary.mapsUpdated) parts.push(`map “${map.title}” as of ${map.asOf}`);
  if (summary.sectionsAdded.length) parts.push(`new section${summary.sectionsAdded.length > 1 ? 's' : ''}: ${summary.sectionsAdded.join('; ')}`);
  if (summary.sectionsEdited.length) parts.push(`edits “${summary.sectionsEdited.join('”, “')}”`);
  if (summary.fieldsChanged.length && parts.length === 0) parts.push(`edits ${summary.fieldsChanged.join(', ')}`);
  return parts.length ? `Updated: ${parts.join('; ')}` : 'Updated';
};

const truncate = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
