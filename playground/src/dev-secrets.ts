type Env = (name: string, fallback?: string) => string | undefined;

/**
 * The playground's secrets: each from its environment variable, or a development value committed
 * in this repository. Anyone can read those, so in production (NODE_ENV=production) a missing or
 * committed value stops the start, naming every variable still to set.
 */
export const secretsFromEnv = <Name extends string>(env: Env, developmentValues: Record<Name, string>): Record<Name, string> => {
  const names = Object.keys(developmentValues) as Name[];
  if (env('NODE_ENV') === 'production') {
    const unsafe = names.filter((name) => !env(name) || env(name) === developmentValues[name]);
    if (unsafe.length > 0) {
      throw new Error(`Refusing to start in production with the playground's committed development secrets: set ${unsafe.join(', ')} (each a long random value of your own).`);
    }
  }
  return Object.fromEntries(names.map((name) => [name, env(name) || developmentValues[name]])) as Record<Name, string>;
};
