import type fc from 'fast-check';

/** The seed for this run: `SEED` from the environment to replay one, else a fresh one; printed so a failure can be replayed. */
export function runSeed(label: string): number {
  const fromEnv = process.env.SEED;
  const seed = fromEnv !== undefined && fromEnv !== '' && Number.isInteger(Number(fromEnv)) ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
  console.log(`${label}: seed=${seed} (replay with SEED=${seed})`);
  return seed;
}

/** fast-check parameters for a seeded run of `numRuns` (the seed printed by runSeed). */
export function seededParameters<T>(name: string, numRuns: number): fc.Parameters<T> {
  return { seed: runSeed(`${name} (${numRuns} runs)`), numRuns, verbose: 1 };
}
