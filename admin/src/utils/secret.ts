/**
 * A Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes from the browser's CSPRNG
 * (the server accepts 24–64 bytes). The site gets the same string to verify signatures.
 */
export const generateWebhookSecret = (bytes = 32): string => {
  const random = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(random);
  let binary = '';
  for (const byte of random) binary += String.fromCharCode(byte);
  return `whsec_${btoa(binary)}`;
};

/** The shape the server checks, so the form can say so before sending. */
export const isWebhookSecret = (value: string) => /^(whsec_)?[A-Za-z0-9+/]{32,88}={0,2}$/.test(value);
