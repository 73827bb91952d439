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
