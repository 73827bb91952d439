import { yup } from '@strapi/utils';
import { validateWith } from './issues';
import type { PublishIntent } from '../publishing/types';
import { REVISION_KINDS } from '../../../shared/constants';
import type { PublishRevision } from '../../../shared/contracts/revisions';

const publishSchema = yup
  .object({
    kind: yup.string().oneOf([...REVISION_KINDS]),
    publicNote: yup
      .string()
      .nullable()
      .max(500)
      .matches(/^[^<>]*$/, 'publicNote must be plain text')
      .when('kind', {
        is: (kind: string) => kind === 'correction' || kind === 'clarification',
        then: (schema: any) =>
          schema.test('required', 'publicNote is required for a correction or clarification: readers must be told what changed', (v: unknown) =>
            typeof v === 'string' && v.trim() !== ''
          ),
      }),
    internalNote: yup.string().nullable().max(5000),
    // An edition's source revision the translator confirms (default: the source's latest).
    basedOn: yup.number().integer().min(1).max(2147483647).nullable(),
  })
  .noUnknown()
  .required();

export const validatePublishRequest = async (body: unknown): Promise<PublishIntent> => {
  const value = await validateWith<PublishRevision.Request['body'] & { publicNote?: string | null; internalNote?: string | null }>(publishSchema)(body);
  return {
    kind: value.kind ?? 'update',
    publicNote: value.publicNote?.trim() || undefined,
    internalNote: value.internalNote?.trim() || undefined,
    basedOn: value.basedOn ?? undefined,
  };
};
