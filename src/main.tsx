import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { replayEarlyInput } from './app/early-input';
import { reportHydrationError } from './app/prerendered';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The build writes the first visit's screen into index.html (vite-plugins/prerender.ts): hydrate it when this visit
// looks like that one. Otherwise index.html's first-paint script has hidden it (data-render="client"): render anew.
// A transition: the work is done in slices, so the page keeps answering input while it loads.
const prerendered = root.hasAttribute('data-prerendered');
startTransition(() => {
  if (prerendered && document.documentElement.dataset.render !== 'client') {
    replayEarlyInput(root);
    hydrateRoot(root, app, { onRecoverableError: reportHydrationError });
    return;
  }
  if (prerendered) {
    root.textContent = '';
    root.removeAttribute('data-prerendered');
  }
  createRoot(root).render(app);
});
