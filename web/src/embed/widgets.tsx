import register from 'preact-custom-element';
import type { ComponentType } from 'preact';
import { EnvironmentContext } from '../api/context';
import { embedEnvironment, AlliancesView, GraphView, RegisterView, ReviewsDueView } from './views';
import styles from '../styles/embed.css?inline';

/**
 * The embeddable views as custom elements, from one script:
 *   <script type="module" src="https://registry.example/embed/widgets.js"></script>
 *   <alliance-reviews-due organization="DMTF"></alliance-reviews-due>
 * Each element renders in its own shadow root (the host page's styles cannot break it) and asks
 * the registry that served this script, which must list the page's origin in CORS_ORIGINS.
 */
const environment = embedEnvironment(new URL(import.meta.url).origin);

function widget<P extends object>(View: ComponentType<P>) {
  return (props: P) => (
    <EnvironmentContext.Provider value={environment}>
      <style>{styles}</style>
      <div class="widget">
        <View {...props} />
      </div>
    </EnvironmentContext.Provider>
  );
}

// Attributes arrive as strings named like the views' props; the wrapper passes them through.
function define<P extends object>(tag: string, view: ComponentType<P>, attributes: (keyof P & string)[]) {
  if (!customElements.get(tag))
    register(widget(view) as ComponentType<Record<string, string>>, tag, attributes, { shadow: true });
}

define('alliance-alliances', AlliancesView, ['organization']);
define('alliance-reviews-due', ReviewsDueView, ['organization']);
define('alliance-graph', GraphView, ['organization']);
define('alliance-register', RegisterView, ['slug']);
