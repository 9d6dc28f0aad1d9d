import type fc from 'fast-check';

/** The seed of a property run: `SEED` from the environment to replay one, else a fresh one. */
function runSeed(): number {
  const fromEnv = process.env.SEED;
  if (fromEnv !== undefined && fromEnv !== '' && Number.isInteger(Number(fromEnv))) return Number(fromEnv);
  return Math.floor(Math.random() * 2 ** 31);
}

/** fast-check parameters for a seeded run of `numRuns`, printing how to replay it. */
export function seededParameters<T>(name: string, numRuns: number): fc.Parameters<T> {
  const seed = runSeed();
  console.log(`[${name}] fast-check seed ${seed} (${numRuns} runs); replay with SEED=${seed}`);
  return { seed, numRuns, verbose: 1 };
}
