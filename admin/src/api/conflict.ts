/** Reading a 409 ConflictError (someone saved the claim since it was loaded) from a failed request. */
import type { ConflictDetails } from './claimsTypes';

export const conflictOf = (error: unknown): ConflictDetails | null => {
  const response = (error as { response?: { data?: { error?: { name?: unknown; details?: unknown } } } } | null)?.response;
  const envelope = response?.data?.error;
  if (!envelope || envelope.name !== 'ConflictError') return null;
  const details = envelope.details as Partial<ConflictDetails> | undefined;
  if (!details?.current || typeof details.current.version !== 'number') return null;
  return { current: details.current, changedBy: details.changedBy ?? null, yourVersion: details.yourVersion ?? 0 };
};
