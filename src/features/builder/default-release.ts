/** The release the commands target while the form's `releaseName` is empty (the Polyaxon docs' name; the CLI file then writes it). */
export const DEFAULT_RELEASE = 'polyaxon';
