export { encodeShareState, decodeShareState, shareState, type DecodeShareResult, type ShareStateInput, type ShareState, type LeftOutSecret } from './codec';
export { parseFragment, buildFragment, type FragmentParts } from './fragment';
export { SHARE_ERROR_MESSAGES, type ShareError, type ShareErrorCode } from './errors';
export type { ShareWarning } from './codec';
