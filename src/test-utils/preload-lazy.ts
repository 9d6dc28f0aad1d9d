import { beforeAll } from 'vitest';
import { preloadLazy } from '../ui/lazy-load';

// Component tests render synchronously: load the lazily split chunks the test file's modules declare first.
beforeAll(() => preloadLazy(), 60_000);
