// The navigate feature's public entry: finding fields, the problems list, changes and the section rail.
export { FieldFinder } from './field-finder';
export { ProblemsDrawer } from './problems-drawer';
export { SectionRail } from './section-rail';
export { ChangesButton } from './changes-button';
