/**
 * Every user-facing string of the admin, as react-intl descriptors. The ids (without the plugin
 * prefix) and default messages are the content of `en.json`; a test keeps the two in step.
 */
import { getTranslation } from '../utils/getTranslation';

const define = <T extends Record<string, string>>(messages: T) =>
  Object.fromEntries(Object.entries(messages).map(([key, defaultMessage]) => [key, { id: getTranslation(key), defaultMessage }])) as {
    [K in keyof T]: { id: string; defaultMessage: string };
  };

export const messages = define({
  'plugin.name': 'Conflict explainer',

  // Revision kinds and claim statuses
  'kind.update': 'Update',
  'kind.correction': 'Correction',
  'kind.clarification': 'Clarification',
  'kind.update.hint': 'New facts or developments.',
  'kind.correction.hint': 'Something published was wrong. Readers see the note.',
  'kind.clarification.hint': 'Something published was unclear. Readers see the note.',
  'claim-status.unverified': 'unverified',
  'claim-status.disputed': 'disputed',
  'claim-status.denied': 'denied',
  'claim-status.corroborated': 'corroborated',
  'claim-status.confirmed': 'confirmed',
  'claim-status.false': 'false',
  'claim-status.retracted': 'retracted',
  'claim-status.none': 'none',

  // Explainer fields
  'field.title': 'Title',
  'field.slug': 'Slug',
  'field.standfirst': 'Standfirst',
  'field.place': 'Place',
  'field.topic': 'Topic',
  'field.situationStatus': 'Situation status',
  'field.byline': 'Byline',
  'field.heroImage': 'Hero image',
  'field.empty': '(empty)',

  // Change summary
  'summary.fields': 'Fields changed',
  'summary.sections-edited': 'Sections edited',
  'summary.sections-added': 'Sections added',
  'summary.sections-removed': 'Sections removed',
  'summary.claims-status': 'Claim status changes',
  'summary.claims-added': 'Claims added',
  'summary.claims-removed': 'Claims removed',
  'summary.maps-updated': 'Maps updated',
  'summary.map-as-of': '{title}, as of {asOf}',
  'summary.images-changed': '{count, plural, one {# image changed} other {# images changed}}',
  'summary.claim-status-change': '{from} → {to}',
  'summary.empty': 'No changes to the published content.',
  'summary.introduction': 'Introduction',

  // Edit-view panel
  'panel.title': 'Revisions',
  'panel.loading': 'Loading revisions…',
  'panel.error': 'Could not load the revisions: {message}',
  'panel.retry': 'Retry',
  'panel.current': 'Revision {number}',
  'panel.published-by': 'Published {date} by {editor}',
  'panel.published-at': 'Published {date}',
  'panel.never-published': 'Not published yet. Publishing creates revision 1.',
  'panel.pending': 'Unpublished changes',
  'panel.up-to-date': 'The draft matches revision {number}.',
  'panel.pending-since': 'Changes since revision {number}:',
  'panel.restored': 'The draft was restored from revision {number}{actor, select, none {} other { by {actor}}}.',
  'panel.publish': 'Publish update',
  'panel.all-revisions': 'All revisions',
  'panel.published-tab': 'You are looking at the published version; switch to the draft to publish an update.',

  // Publish dialog
  'publish.title': 'Publish an update',
  'publish.description': 'Publishing makes the current draft the new revision that readers and the site see.',
  'publish.kind': 'Kind of revision',
  'publish.public-note': 'Public note',
  'publish.public-note.hint': 'Shown to readers in the changelog, e.g. “Updated 7 Nov: adds Russian claim of encirclement”.',
  'publish.public-note.required-hint': 'Required for a correction or clarification: tell readers what changed.',
  'publish.internal-note': 'Internal note',
  'publish.internal-note.hint': 'For the desk only; never published.',
  'publish.cancel': 'Cancel',
  'publish.submit': 'Publish',
  'publish.success': 'Revision {number} published.',
  'publish.unchanged': 'Nothing changed since the last revision; no revision was made.',
  'publish.failed': 'Could not publish: {message}',

  // Pages
  'explainers.title': 'Conflict explainer',
  'explainers.subtitle': 'Choose an explainer to see its revisions.',
  'explainers.empty': 'No explainers yet.',
  'explainers.col.title': 'Title',
  'explainers.col.status': 'Status',
  'explainers.col.updated': 'Last edited',
  'explainers.col.actions': 'Actions',
  'explainers.status.draft': 'Draft',
  'explainers.status.published': 'Published',
  'explainers.status.modified': 'Modified',
  'explainers.open-revisions': 'Revisions',
  'revisions.title': 'Revisions',
  'revisions.subtitle': '{title} · {count, plural, one {# revision} other {# revisions}}',
  'revisions.subtitle-untitled': '{count, plural, one {# revision} other {# revisions}}',
  'revisions.back': 'Back',
  'revisions.open-in-cm': 'Open in Content Manager',
  'revisions.empty': 'This explainer has not been published yet, so it has no revisions.',
  'revisions.col.number': 'No.',
  'revisions.col.kind': 'Kind',
  'revisions.col.public-note': 'Public note',
  'revisions.col.internal-note': 'Internal note',
  'revisions.col.editor': 'Editor',
  'revisions.col.date': 'Published',
  'revisions.col.actions': 'Actions',
  'revisions.restored-from': 'Restores revision {number}',
  'revisions.unknown-editor': 'unknown',
  'revisions.view': 'View revision {number}',
  'revisions.view-short': 'View',
  'revisions.compare-previous': 'Compare revision {number} with the one before',
  'revisions.restore': 'Restore revision {number} as draft',
  'revisions.restore-short': 'Restore as draft',
  'revisions.previous-page': 'Newer revisions',
  'revisions.next-page': 'Older revisions',
  'revisions.tab.view': 'Revision {number}',
  'revisions.tab.compare': 'Compare',
  'revisions.view.heading': 'Revision {number}',
  'revisions.view.meta': '{kind} · published {date} by {editor}',
  'revisions.view.changes': 'What this revision changed',
  'revisions.view.first': 'The first published revision.',
  'revisions.view.content': 'Content of this revision',
  'revisions.activity': 'Activity',
  'revisions.activity.restore': '{actor} restored revision {number} as the draft',
  'revisions.activity.other': '{actor}: {action}',
  'revisions.activity.empty': 'No activity recorded yet.',

  // Restore dialog
  'restore.title': 'Restore as draft',
  'restore.body': 'Revision {number} becomes the draft of this explainer, replacing the current draft. Nothing is published until you publish an update.',
  'restore.confirm': 'Restore as draft',
  'restore.cancel': 'Cancel',
  'restore.failed': 'Could not restore: {message}',

  // Compare
  'compare.from': 'From revision',
  'compare.to': 'To revision',
  'compare.option': 'Revision {number}',
  'compare.need-two': 'There is only one revision; there is nothing to compare yet.',
  'compare.loading': 'Comparing…',
  'compare.failed': 'Could not compare: {message}',
  'compare.heading': 'From revision {from} to revision {to}',
  'compare.same': 'These revisions have the same content.',
  'compare.before': 'Before',
  'compare.after': 'After',
  'compare.sections': 'Sections',
  'compare.section-added': 'Added',
  'compare.section-removed': 'Removed',
  'compare.section-edited': 'Edited',
  'compare.unchanged-paragraphs': '{count, plural, one {# unchanged paragraph} other {# unchanged paragraphs}}',
  'compare.map-as-of': 'as of {before} → as of {after}',
  'compare.map-new': 'new map, as of {asOf}',

  // Snapshot view
  'snapshot.byline': 'By {byline}',
  'snapshot.hero': 'Hero image: {caption} — Credit: {credit}',
  'snapshot.claims': 'Claims tracked',
  'snapshot.maps': 'Maps',
  'snapshot.map': '{title} — as of {asOf}. {source}',
  'snapshot.situation.developing': 'developing',
  'snapshot.situation.settled': 'settled',

  // Text forms of body blocks (diffs)
  'diff.block.image': '[Image] {caption} — Credit: {credit}',
  'diff.block.image-no-caption': '[Image] Credit: {credit}',
  'diff.block.map': '[Map] {title} (as of {asOf}; {source})',
  'diff.block.claim': '[Claim, {status}] {claimant}{statement}',
  'diff.block.quote': '“{text}”{attribution}',
});

export type MessageKey = keyof typeof messages;
