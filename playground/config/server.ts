export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Public origin, used for absolute media and snapshot URLs in sync payloads.
  url: env('PUBLIC_URL', 'http://localhost:1337'),
  // Development-only keys; a real deployment sets APP_KEYS.
  app: { keys: env.array('APP_KEYS', ['playground-key-1', 'playground-key-2']) },
});
