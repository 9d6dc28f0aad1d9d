/**
 * Entry of dist/embed.js (built by vite.embed.config.ts): one self-contained
 * script that defines `window.PolyaxonValuesBuilder`:
 *
 *   const builder = PolyaxonValuesBuilder.mount(element, { initialValues, sections, onChange, version, preview, theme });
 *   builder.setValues({ ingress: { enabled: true } });
 *   builder.setTheme('dark'); // or 'light', 'system'
 *   builder.unmount();
 */
import { mount } from '../features/embed/shadow-mount';

const api = Object.freeze({ mount });

declare global {
  interface Window {
    PolyaxonValuesBuilder?: typeof api;
  }
}

window.PolyaxonValuesBuilder = api;

export { mount };
