/**
 * The secret classifier and what is built on it: one place decides which
 * values are secret (schema-marked keys, connection credentials by kind, and
 * content rules), and share links, autosave, the preview, the command panel
 * and the embed's `change` message all ask it. Public entry: other features
 * (a manifests view, …) mask values with `maskSecrets(values)`.
 */
export { classifySecrets, secretPathText, type SecretFinding, type SecretRule } from './classify';
export { displayValues, displayYaml, type DisplayValues } from './display';
export { maskSecrets, omitSecrets, maskMarker, MASK_MARKER_PATTERN, MASK_TEXT, type MaskOptions, type MaskResult, type OmitResult } from './mask';
export { isSecretName, urlCredentialRule, hasPemBlock, isHighEntropy, isSecretAnnotation, looksPublic } from './content-rules';
