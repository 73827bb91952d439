import { Combobox, ComboboxOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DeskActor } from '../../api/claimsTypes';
import { messages } from '../../translations/messages';
import { useClaimLabels } from './ClaimLabels';

export interface ActorPickerProps {
  actors: DeskActor[];
  value: string | null;
  onChange: (documentId: string | null) => void;
  loading?: boolean;
  hasError?: boolean;
}

/** The claimant: a searchable list of the actors (type to filter by name). Use inside a Field.Root. */
export const ActorPicker = ({ actors, value, onChange, loading, hasError }: ActorPickerProps) => {
  const { formatMessage } = useIntl();
  const labels = useClaimLabels();
  return (
    <Combobox
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      onClear={() => onChange(null)}
      clearLabel={formatMessage(messages['claims.filter.clear-field'])}
      placeholder={formatMessage(messages['claims.actor-picker.placeholder'])}
      noOptionsMessage={() => formatMessage(messages['claims.actor-picker.none'])}
      loading={loading}
      loadingMessage={formatMessage(messages['claims.loading'])}
      hasError={hasError}
    >
      {actors.map((actor) => (
        <ComboboxOption key={actor.documentId} value={actor.documentId} textValue={actor.name}>
          {formatMessage(messages['claims.actor-picker.option'], { name: actor.name, side: labels.side(actor.side), kind: labels.actorKind(actor.kind) })}
        </ComboboxOption>
      ))}
    </Combobox>
  );
};
