import { useEffect, useRef } from 'preact/hooks';
import type { Core } from 'cytoscape';

export interface GraphData {
  nodes: { acronym: string; name: string }[];
  links: { from: { acronym: string }; to: { acronym: string }; workRegisters: number }[];
}

interface Props extends GraphData {
  /** Organizations (acronyms, in order) of a path to highlight, with the links between them. */
  highlight?: string[];
  /** The organization the graph is drawn around. */
  focus?: string | undefined;
  onSelect(acronym: string): void;
  label: string;
}

const linkId = (a: string, b: string) => [a, b].sort().join('--');

/**
 * The alliance landscape drawn with cytoscape.js, loaded only when a graph is shown (it is most
 * of the app's weight). The canvas is for the eye; the same nodes and links are listed as text
 * by the page for keyboards and screen readers.
 */
export function GraphCanvas({ nodes, links, highlight = [], focus, onSelect, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  // The latest props, for the drawing callbacks: the graph library may load after they change.
  const latest = useRef({ onSelect, highlight, focus });
  latest.current = { onSelect, highlight, focus };

  useEffect(() => {
    let cancelled = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      graph.current?.destroy();
      graph.current = cytoscape({
        container: container.current,
        elements: [
          ...nodes.map((node) => ({ data: { id: node.acronym, label: node.acronym, name: node.name } })),
          ...links.map((link) => ({
            data: {
              id: linkId(link.from.acronym, link.to.acronym),
              source: link.from.acronym,
              target: link.to.acronym,
              weight: link.workRegisters,
            },
          })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'background-color': '#1f5fa8',
              color: '#10243e',
              'font-size': 12,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              width: 22,
              height: 22,
            },
          },
          { selector: 'node.focus', style: { 'background-color': '#0b7a4b', width: 30, height: 30 } },
          {
            selector: 'edge',
            style: { width: 'mapData(weight, 1, 5, 1.5, 6)', 'line-color': '#9db3cc', 'curve-style': 'bezier' },
          },
          { selector: '.path', style: { 'background-color': '#b3261e', 'line-color': '#b3261e', 'z-index': 10 } },
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000 },
        wheelSensitivity: 0.3,
      });
      graph.current.on('tap', 'node', (event) => latest.current.onSelect(event.target.id() as string));
      mark();
    });
    return () => {
      cancelled = true;
    };
    // Redraw when the graph itself changes; highlighting is applied below without a relayout.
  }, [JSON.stringify(nodes), JSON.stringify(links)]);

  function mark() {
    const cy = graph.current;
    if (!cy || !container.current) return;
    const { highlight, focus } = latest.current;
    cy.elements().removeClass('path focus');
    if (focus) cy.getElementById(focus).addClass('focus');
    highlight.forEach((acronym, i) => {
      cy.getElementById(acronym).addClass('path');
      const next = highlight[i + 1];
      if (next) cy.getElementById(linkId(acronym, next)).addClass('path');
    });
    // What is drawn highlighted, readable by tests and tools (the canvas itself is pixels).
    container.current.dataset.path = cy
      .nodes('.path')
      .map((node) => node.id())
      .join(' ');
  }
  useEffect(mark, [highlight.join(','), focus]);
  useEffect(() => () => graph.current?.destroy(), []);

  return <div ref={container} class="graph-canvas" role="img" aria-label={label} />;
}
