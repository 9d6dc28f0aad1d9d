/** The public entry of the yaml-edit feature: what other features may import from it (lint enforces this). */
export { EditYamlButton } from './edit-yaml-button';
