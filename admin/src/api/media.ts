/**
 * What the credited image's credit field needs from Strapi: the picked file's metadata and the
 * keep/strip decision on its GPS position (admin routes under /conflict-explainer/media, with the
 * editor's admin JWT through Strapi's fetch client), and the sibling fields of the component it sits in.
 */
import * as React from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import type { ImageMetadata, LocationDecisionResult } from '../../../shared/contracts/media';
import { PLUGIN_ID } from '../pluginId';

export { useErrorMessage } from './useErrorMessage';

export type { ImageMetadata, LocationDecisionResult };

export interface MediaApi {
  metadata(fileId: number): Promise<ImageMetadata>;
  stripLocation(fileId: number): Promise<LocationDecisionResult>;
  keepLocation(fileId: number): Promise<LocationDecisionResult>;
}

type Client = ReturnType<typeof useFetchClient>;

export const createMediaApi = (client: Pick<Client, 'get' | 'post'>): MediaApi => ({
  async metadata(fileId) {
    const { data } = await client.get<{ data: ImageMetadata }>(`/${PLUGIN_ID}/media/${fileId}/metadata`);
    return data.data;
  },
  async stripLocation(fileId) {
    const { data } = await client.post<{ data: LocationDecisionResult }>(`/${PLUGIN_ID}/media/${fileId}/strip-location`);
    return data.data;
  },
  async keepLocation(fileId) {
    const { data } = await client.post<{ data: LocationDecisionResult }>(`/${PLUGIN_ID}/media/${fileId}/keep-location`);
    return data.data;
  },
});

export const useMediaApi = (): MediaApi => {
  const client = useFetchClient();
  return React.useMemo(() => createMediaApi(client), [client]);
};

/** The credited image's text fields the credit field may prefill. */
export type CreditFieldName = 'credit' | 'creator' | 'copyrightHolder';
export type CreditValues = Record<CreditFieldName, string | null>;

export interface CreditedImageForm {
  /** The picked file's id, or null while none is picked. */
  imageId: number | null;
  /** The credit, creator and copyright holder as the form holds them now. */
  values: CreditValues;
  /** Sets one of them in the form. */
  setValue: (field: CreditFieldName, value: string | null) => void;
  /** Clears the refusal shown under the image ("keep or strip the location") once the editor has answered it. */
  clearLocationRefusal: () => void;
}

/** A media field's form value: the picked file (as the media library gives it), its id, or nothing. */
export const fileIdOf = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
};

const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * The credit's component in the Content Manager's form: `name` is the credit's full path
 * (`heroImage.credit`, `body.2.credit`), so its siblings are `heroImage.image`, `body.2.creator`…
 */
export const useCreditedImageForm = (name: string, onChange: (path: string, value: unknown) => void): CreditedImageForm => {
  const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.') + 1) : '';
  const read = (state: { values: unknown }, key: string) =>
    `${parent}${key}`
      .split('.')
      .reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as any)[part] : undefined), state.values);
  const imageId = useForm('CreditInput', (state) => fileIdOf(read(state, 'image')));
  const credit = useForm('CreditInput', (state) => textOrNull(read(state, 'credit')));
  const creator = useForm('CreditInput', (state) => textOrNull(read(state, 'creator')));
  const copyrightHolder = useForm('CreditInput', (state) => textOrNull(read(state, 'copyrightHolder')));
  const values = React.useMemo(() => ({ credit, creator, copyrightHolder }), [credit, creator, copyrightHolder]);
  const setValue = React.useCallback((field: CreditFieldName, value: string | null) => onChange(`${parent}${field}`, value), [onChange, parent]);
  // The publish gate puts the GPS refusal on the component's `image` path; the form keeps it until the
  // next submit, so once the editor strips or keeps the location it would stand there, answered.
  const errors = useForm('CreditInput', (state) => state.errors);
  const setErrors = useForm('CreditInput', (state) => state.setErrors);
  const clearLocationRefusal = React.useCallback(() => {
    const next = withoutPath(errors, `${parent}image`.split('.'));
    if (next !== errors) setErrors(next);
  }, [errors, setErrors, parent]);
  return { imageId, values, setValue, clearLocationRefusal };
};

/** `errors` without the entry at `path` (the same object when there is none there). */
const withoutPath = (errors: Record<string, any>, path: string[]): Record<string, any> => {
  const [head, ...rest] = path;
  if (!errors || typeof errors !== 'object' || !(head in errors)) return errors;
  const copy: Record<string, any> = Array.isArray(errors) ? ([...errors] as any) : { ...errors };
  if (rest.length === 0) {
    delete copy[head];
    return copy;
  }
  const inner = withoutPath(errors[head], rest);
  if (inner === errors[head]) return errors;
  copy[head] = inner;
  return copy;
};
