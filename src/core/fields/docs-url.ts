/** The reference page and its anchors come from the schema (src/schema/docs.ts), the one place that defines them. */
export { docsUrl as referenceUrl, REFERENCE_URL } from '../../schema/docs';
