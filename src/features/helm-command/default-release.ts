/** The Helm release name typed in the command panel (not a values key). */
export const DEFAULT_RELEASE = 'polyaxon';
