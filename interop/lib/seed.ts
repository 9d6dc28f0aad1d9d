/** The seed of this run's random configs: SEED=<n> replays a run exactly. */
export function runSeed(suite: string): number {
  const fromEnv = process.env.SEED;
  const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed)) throw new Error(`SEED must be an integer, got ${JSON.stringify(fromEnv)}`);
  console.log(`[interop] ${suite}: seed ${seed} (replay with SEED=${seed} npm run test:interop)`);
  return seed;
}

/** How many random configs to try (INTEROP_RUNS overrides the default). */
export function runCount(fallback: number): number {
  const n = Number(process.env.INTEROP_RUNS ?? fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
