import type { Plugin } from 'vite';
import { toValuesJsonSchema } from '../src/schema/json-schema';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from '../src/schema/chart-versions';

/**
 * Serves and emits the chart's values.schema.json, derived from the zod schema:
 * `/values.schema.json` for the latest release and `/schemas/<version>/values.schema.json`
 * for each one, so editors (yaml-language-server) and docs sites can reference it.
 */
export function valuesSchemaJson(): Plugin {
  const text = (version: string) => `${JSON.stringify(toValuesJsonSchema(version), null, 2)}\n`;
  return {
    name: 'values-schema-json',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const match = /^\/(?:schemas\/([^/]+)\/)?values\.schema\.json$/.exec(url);
        const version = match ? (match[1] ?? LATEST_CHART_VERSION) : undefined;
        if (!version || !(CHART_VERSIONS as readonly string[]).includes(version)) return next();
        res.setHeader('Content-Type', 'application/schema+json');
        res.end(text(version));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'values.schema.json', source: text(LATEST_CHART_VERSION) });
      for (const version of CHART_VERSIONS) {
        this.emitFile({ type: 'asset', fileName: `schemas/${version}/values.schema.json`, source: text(version) });
      }
    },
  };
}
