import { Badge } from '@strapi/design-system';
import type { RevisionKind } from '../../api/types';
import { useLabels } from '../common/labels';

const KIND_VARIANTS: Record<RevisionKind, 'secondary' | 'danger' | 'warning'> = {
  update: 'secondary',
  correction: 'danger',
  clarification: 'warning',
};

/** A revision's kind as readers see it flagged: corrections stand out. */
export const KindBadge = ({ kind }: { kind: RevisionKind }) => {
  const labels = useLabels();
  return <Badge variant={KIND_VARIANTS[kind] ?? 'neutral'}>{labels.kind(kind)}</Badge>;
};
