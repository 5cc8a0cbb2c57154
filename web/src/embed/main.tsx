import { render } from 'preact';
import { EnvironmentContext } from '../api/context';
import { embedEnvironment, VIEWS } from './views';
import '../styles/embed.css';

/**
 * /embed/<view>?…: one view, no app chrome, for an <iframe>. It tells the embedding page its
 * height whenever it changes, so the frame can fit its content (docs/embedding.md).
 */
const name = location.pathname.replace(/^\/embed\//, '').replace(/\/$/, '') as keyof typeof VIEWS;
const view = VIEWS[name];
const root = document.getElementById('embed')!;

render(
  <EnvironmentContext.Provider value={embedEnvironment(location.origin)}>
    {view ? (
      view(new URLSearchParams(location.search))
    ) : (
      <p>
        No such view. Views:{' '}
        {Object.keys(VIEWS)
          .map((v) => `/embed/${v}`)
          .join(', ')}
        .
      </p>
    )}
  </EnvironmentContext.Provider>,
  root,
);

if (window.parent !== window) {
  new ResizeObserver(() => {
    window.parent.postMessage(
      { type: 'alliance-registry:resize', view: name, height: document.documentElement.scrollHeight },
      '*',
    );
  }).observe(document.body);
}
