import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import {
  useMediaApi,
  useErrorMessage,
  type CreditFieldName,
  type CreditValues,
  type ImageMetadata,
  type LocationDecisionResult,
} from '../../api/media';
import { messages } from '../../translations/messages';
import type { CustomFieldInputProps } from '../common/customFieldInputProps';

/**
 * The credit of a credited image, as plain props: the credit's own path and label, the picked file's
 * id, the credit, creator and copyright holder as the form holds them, and a setter for those three.
 * (`CreditInput` connects it to the Content Manager's form.)
 */
export interface CreditFieldProps extends Omit<CustomFieldInputProps, 'onChange'> {
  imageId: number | null;
  values: CreditValues;
  onValueChange: (field: CreditFieldName, value: string | null) => void;
  /** Called once the editor's strip or keep decision is saved. */
  onLocationDecided?: () => void;
}

const PREFILLED: CreditFieldName[] = ['credit', 'creator', 'copyrightHolder'];
const FIELD_NAMES: Record<CreditFieldName, keyof typeof messages> = {
  credit: 'credit.metadata.field.credit',
  creator: 'credit.metadata.field.creator',
  copyrightHolder: 'credit.metadata.field.copyrightHolder',
};

const isEmpty = (value: string | null | undefined) => value == null || value.trim() === '';

type Lookup =
  | { state: 'idle' }
  | { state: 'loading'; imageId: number }
  | { state: 'loaded'; imageId: number; metadata: ImageMetadata; prefilled: CreditFieldName[] }
  | { state: 'failed'; imageId: number; error: unknown };

type Decision =
  | { state: 'idle' }
  | { state: 'busy'; action: 'strip' | 'keep' }
  | { state: 'done'; result: LocationDecisionResult }
  | { state: 'failed'; action: 'strip' | 'keep'; error: unknown };

/**
 * A text input for the credit, and an assistant for the picked file: when another file is picked, its
 * IPTC/XMP/EXIF credit, creator and copyright holder fill those fields where they are empty (what the
 * editor typed is never overwritten); when the file records where the photo was taken and nobody has
 * decided, a warning asks to strip or keep the position (publishing waits for that decision).
 */
export const CreditField = React.forwardRef<HTMLInputElement, CreditFieldProps>(
  ({ name, imageId, values, onValueChange, onLocationDecided, label, labelAction, hint, error, required = false, disabled = false }, ref) => {
    const { formatMessage, formatNumber, formatList } = useIntl();
    const api = useMediaApi();
    const errorMessage = useErrorMessage();

    // Latest values and callbacks, for a response that arrives after later renders.
    const latest = React.useRef({ api, values, onValueChange });
    latest.current = { api, values, onValueChange };

    // The file shown when the form opened is not "picked": only a change prefills.
    const previousImage = React.useRef<number | null>(imageId);
    const [lookup, setLookup] = React.useState<Lookup>({ state: 'idle' });
    const [decision, setDecision] = React.useState<Decision>({ state: 'idle' });

    React.useEffect(() => {
      const picked = previousImage.current !== imageId;
      previousImage.current = imageId;
      setDecision({ state: 'idle' });
      if (imageId === null) {
        setLookup({ state: 'idle' });
        return;
      }
      let current = true;
      setLookup({ state: 'loading', imageId });
      latest.current.api.metadata(imageId).then(
        (metadata) => {
          if (!current) return;
          const prefilled: CreditFieldName[] = [];
          if (picked) {
            for (const field of PREFILLED) {
              const found = metadata[field];
              if (!isEmpty(found) && isEmpty(latest.current.values[field])) {
                latest.current.onValueChange(field, found);
                prefilled.push(field);
              }
            }
          }
          setLookup({ state: 'loaded', imageId, metadata, prefilled });
        },
        (failure) => current && setLookup({ state: 'failed', imageId, error: failure }),
      );
      return () => {
        current = false;
      };
    }, [imageId]);

    const decide = (action: 'strip' | 'keep') => {
      if (imageId === null) return;
      const forImage = imageId;
      setDecision({ state: 'busy', action });
      const request = action === 'strip' ? api.stripLocation(forImage) : api.keepLocation(forImage);
      request.then(
        (result) => {
          if (previousImage.current !== forImage) return;
          setDecision({ state: 'done', result });
          onLocationDecided?.();
        },
        (failure) => previousImage.current === forImage && setDecision({ state: 'failed', action, error: failure }),
      );
    };

    const metadata = lookup.state === 'loaded' ? lookup.metadata : null;
    const location = decision.state === 'done' ? decision.result : metadata;
    const gps = location?.gps ?? null;
    const coordinates = gps
      ? {
          latitude: formatNumber(gps.latitude, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          longitude: formatNumber(gps.longitude, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        }
      : null;
    const busy = decision.state === 'busy';

    const stripButton = (
      <Button
        variant="danger-light"
        size="S"
        loading={busy && decision.action === 'strip'}
        disabled={busy}
        onClick={() => decide('strip')}
      >
        {formatMessage(messages['credit.location.strip'])}
      </Button>
    );

    return (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
          <Field.Label action={labelAction}>{label}</Field.Label>
          <TextInput
            ref={ref}
            type="text"
            value={values.credit ?? ''}
            disabled={disabled}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
              onValueChange('credit', event.target.value === '' ? null : event.target.value)
            }
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>

        <Box aria-live="polite" data-testid="credit-metadata">
          {lookup.state === 'loading' && (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(messages['credit.metadata.loading'])}
            </Typography>
          )}
          {lookup.state === 'failed' && (
            <Typography variant="pi" textColor="danger600">
              {formatMessage(messages['credit.metadata.failed'], { message: errorMessage(lookup.error) })}
            </Typography>
          )}
          {lookup.state === 'loaded' && lookup.prefilled.length > 0 && (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(messages['credit.metadata.prefilled'], {
                fields: formatList(lookup.prefilled.map((field) => formatMessage(messages[FIELD_NAMES[field]]))),
              })}
            </Typography>
          )}
        </Box>

        {location?.locationDecision === 'pending' && coordinates && (
          <Box background="warning100" borderColor="warning200" borderStyle="solid" borderWidth="1px" hasRadius padding={3} role="alert" data-testid="credit-location-warning">
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2} alignItems="flex-start">
                <Box paddingTop={1}>
                  <WarningCircle fill="warning600" aria-hidden />
                </Box>
                <Typography variant="omega" textColor="warning700">
                  {formatMessage(messages['credit.location.warning'], coordinates)}
                </Typography>
              </Flex>
              {!disabled && (
                <Flex gap={2} wrap="wrap">
                  {stripButton}
                  <Button variant="tertiary" size="S" loading={busy && decision.action === 'keep'} disabled={busy} onClick={() => decide('keep')}>
                    {formatMessage(messages['credit.location.keep'])}
                  </Button>
                </Flex>
              )}
            </Flex>
          </Box>
        )}

        {decision.state === 'failed' && (
          <Typography variant="pi" textColor="danger600" role="alert">
            {formatMessage(messages[decision.action === 'strip' ? 'credit.location.strip-failed' : 'credit.location.keep-failed'], {
              message: errorMessage(decision.error),
            })}
          </Typography>
        )}
        {decision.state === 'done' && decision.result.locationDecision === 'stripped' && (
          <Typography variant="pi" textColor="success600" role="status">
            {formatMessage(messages['credit.location.stripped'])}
          </Typography>
        )}
        {location?.locationDecision === 'kept' && coordinates && (
          <Flex gap={2} alignItems="center" wrap="wrap">
            <Typography variant="pi" textColor="neutral600" role="status">
              {decision.state === 'done'
                ? formatMessage(messages['credit.location.kept'], coordinates)
                : location.locationDecidedBy
                  ? formatMessage(messages['credit.location.kept-by'], { ...coordinates, name: location.locationDecidedBy })
                  : formatMessage(messages['credit.location.kept-earlier'], coordinates)}
            </Typography>
            {!disabled && stripButton}
          </Flex>
        )}
      </Flex>
    );
  },
);
CreditField.displayName = 'CreditField';
