/** The public entry of the secrets feature: what other features may import from it (lint enforces this). */
export { type LeftOutMark, LeftOutNote } from './left-out';
