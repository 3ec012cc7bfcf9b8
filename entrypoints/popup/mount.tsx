import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// When the popup's UI code had loaded; the bench reports it beside "shown after".
document.documentElement.dataset.scriptLoadedMs = String(Math.round(performance.now()));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
