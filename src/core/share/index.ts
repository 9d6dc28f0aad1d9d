export { encodeShareState, decodeShareState, type DecodeShareResult, type ShareStateInput } from './codec';
export { parseFragment, buildFragment, type FragmentParts } from './fragment';
export { secretsIn, withoutSecrets, secretFieldPaths } from './secrets';
export { SHARE_ERROR_MESSAGES, type ShareError, type ShareErrorCode } from './errors';
export type { ShareWarning } from './warnings';
