import { yup } from '@strapi/utils';
import { ACTOR_KINDS, CLAIM_MEDIA, CLAIM_SORTS, CLAIM_STATUSES, SIDES } from '../constants';
import { MAX_INTEGER, scalarIssue } from './fields';
import { throwIfIssues, validateWith } from './issues';
import { isUnsafeText, UNSAFE_TEXT_MESSAGE } from './text';
import { CLAIM_LINK_KINDS } from '../../../shared/constants';
import type { ChangeStatus, CreateClaim, LinkKind, ListClaims, UpdateClaim } from '../../../shared/contracts/claims';

const plain = (max: number) =>
  yup
    .string()
    .max(max)
    .matches(/^[^<>]*$/, { message: '${path} must be plain text', excludeEmptyString: true })
    .test('characters', `\${path} ${UNSAFE_TEXT_MESSAGE}`, (v) => v == null || !isUnsafeText(v));
const url = yup
  .string()
  .nullable()
  .max(2048)
  .matches(/^https?:\/\/[^\s]+$/, { message: '${path} must be an absolute http(s) URL', excludeEmptyString: true });
const date = yup
  .string()
  .nullable()
  .test('date', '${path} must be an ISO 8601 date-time', (v) => v == null || !Number.isNaN(Date.parse(v)))
  .test('range', '${path} must be a date between the years 1 and 9999', (v) => v == null || Number.isNaN(Date.parse(v)) || scalarIssue('datetime', v) === null);
const version = yup.number().integer().min(1).max(MAX_INTEGER).required('${path} is required: say which version your change is based on');
const documentId = yup.string().max(64).matches(/^[a-z0-9]+$/, '${path} must be a documentId');

const newActor = yup
  .object({
    name: plain(200).required(),
    kind: yup.string().oneOf([...ACTOR_KINDS]).required(),
    side: yup.string().oneOf([...SIDES]).required(),
    affiliation: plain(300).nullable(),
    url,
  })
  .noUnknown()
  .default(undefined);

const createClaim = yup
  .object({
    explainer: documentId.required(),
    statement: plain(2000).required(),
    claimant: documentId,
    newActor,
    medium: yup.string().oneOf([...CLAIM_MEDIA]),
    sourceUrl: url,
    madeAt: date,
    claimStatus: yup.string().oneOf([...CLAIM_STATUSES]),
    internalNote: plain(5000).nullable(),
    // Read by the actor check (validation/lookalikes.ts) when newActor looks like an existing actor.
    confirmLookalike: yup.boolean(),
  })
  .noUnknown()
  .test('claimant', 'claimant or newActor is required: every claim names who made it', function (value) {
    if (value?.claimant || value?.newActor) return true;
    return this.createError({ path: 'claimant', message: 'claimant or newActor is required: every claim names who made it' });
  });

const updateClaim = yup
  .object({
    version,
    statement: plain(2000),
    claimant: documentId,
    medium: yup.string().oneOf([...CLAIM_MEDIA]),
    sourceUrl: url,
    madeAt: date,
    internalNote: plain(5000).nullable(),
  })
  // claimStatus is not here: a status change goes through /status with a reason.
  .noUnknown();

const changeStatus = yup
  .object({
    version,
    status: yup.string().oneOf([...CLAIM_STATUSES]).required(),
    reason: plain(2000).required('reason is required: say why the status changes').test('blank', 'reason cannot be blank', (v) => !!v?.trim()),
  })
  .noUnknown();

const verify = yup.object({ version }).noUnknown();

const link = yup
  .object({
    kind: yup.string().oneOf([...CLAIM_LINK_KINDS]).required(),
    target: documentId.required(),
    version: yup.number().integer().min(1).max(MAX_INTEGER),
  })
  .noUnknown();

const createActor = newActor.required().shape({ description: plain(2000).nullable(), confirmLookalike: yup.boolean() }).noUnknown();

const listQuery = yup
  .object({
    explainer: documentId,
    status: yup.lazy((v) => (Array.isArray(v) ? yup.array(yup.string().oneOf([...CLAIM_STATUSES])) : yup.string().oneOf([...CLAIM_STATUSES]))),
    actor: documentId,
    side: yup.string().oneOf([...SIDES]),
    staleHours: yup.number().integer().min(1).max(24 * 365),
    changedSincePublish: yup.boolean(),
    search: plain(200),
    sort: yup.string().oneOf([...CLAIM_SORTS]),
    page: yup.number().integer().min(1).max(100000),
    pageSize: yup.number().integer().min(1).max(100),
  })
  .noUnknown();

type NewActor = NonNullable<CreateClaim.Request['newActor']> & { description?: string | null };
type LinkRequest = { kind: LinkKind; target: string; version?: number };
type Lookalike = { confirmLookalike?: boolean };

/** The look-alike confirmation is read from the request by the actor check, never stored. */
const withoutConfirmation =
  <T>(check: (input: unknown) => Promise<T & Lookalike>) =>
  async (input: unknown): Promise<T> => {
    const { confirmLookalike, ...rest } = await check(input);
    return rest as T;
  };

export const validateCreateClaim = withoutConfirmation(validateWith<CreateClaim.Request & Lookalike>(createClaim));
export const validateUpdateClaim = validateWith<UpdateClaim.Request>(updateClaim);
export const validateChangeStatus = validateWith<ChangeStatus.Request>(changeStatus);
export const validateVerify = validateWith<{ version: number }>(verify);
export const validateLink = validateWith<LinkRequest>(link);
export const validateCreateActor = withoutConfirmation(validateWith<NewActor & Lookalike>(createActor));
const castListQuery = validateWith<ListClaims.Query>(listQuery, { strict: false });
/** Query strings arrive as strings: cast them (not strict), and refuse keys the desk does not know. */
export const validateListQuery = async (query: Record<string, unknown>) => {
  const unknown = Object.keys(query ?? {}).filter((key) => !(key in listQuery.fields));
  throwIfIssues(unknown.map((key) => ({ path: [key], message: 'is not a claims desk filter' })));
  return castListQuery(query);
};
