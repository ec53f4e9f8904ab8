/// <reference lib="dom" />
// The map view's page: draws the graph the extension sends with the shared layout and SVG modules,
// pans and zooms by the viewBox (no transforms), highlights the node under the cursor, and asks the
// extension only for `reveal` and `exportSvg`. Its state (document, view box) survives a reload.
import { layoutMap, MAP_CSS, svgTree, type MapLayout } from '../../../../server/src/map';
import { parseToPage, type FromPage } from '../messages';
import { toDom } from './dom';

interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface PageState {
  uri?: string;
  version?: number;
  view?: ViewBox;
}
declare function acquireVsCodeApi(): { postMessage(message: FromPage): void; getState(): PageState | undefined; setState(state: PageState): void };

const vscode = acquireVsCodeApi();
const state: PageState = vscode.getState() ?? {};
const host = document.getElementById('map')!;
let layout: MapLayout | undefined;
let svg: SVGSVGElement | undefined;
let highlighted: string | null = null;

// The map's CSS and the editor theme's colours, through the CSSOM (allowed by the page's CSP).
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  `${MAP_CSS}
  body { margin: 0; overflow: hidden; background: var(--vscode-editor-background); }
  #map { position: absolute; inset: 32px 0 0 0; }
  #map svg { width: 100%; height: 100%; cursor: grab; }
  .argmap-map { --argmap-background: var(--vscode-editor-background); --argmap-text: var(--vscode-editor-foreground);
    --argmap-edge: var(--vscode-editorLineNumber-foreground); --argmap-attack: var(--vscode-errorForeground);
    --argmap-focus: var(--vscode-focusBorder); --argmap-good: var(--vscode-testing-iconPassed); --argmap-weak: var(--vscode-editorWarning-foreground);
    --argmap-claim-fill: var(--vscode-editorWidget-background); --argmap-evidence-fill: var(--vscode-editorWidget-background);
    --argmap-challenge-fill: var(--vscode-editorWidget-background); --argmap-external-fill: var(--vscode-editor-background); }
  .argmap-map .node { cursor: pointer; }
  #bar { position: absolute; top: 0; left: 0; right: 0; height: 32px; display: flex; gap: 6px; align-items: center; padding: 0 8px;
    font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); }
  #bar button { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); border: none; padding: 3px 10px; cursor: pointer; }
  #bar button:focus { outline: 1px solid var(--vscode-focusBorder); }`,
);
document.adoptedStyleSheets = [sheet];

document.getElementById('fit')!.addEventListener('click', () => fit());
document.getElementById('export')!.addEventListener('click', () => {
  if (state.uri !== undefined && state.version !== undefined) vscode.postMessage({ type: 'exportSvg', uri: state.uri, version: state.version });
});

window.addEventListener('message', (event) => {
  const message = parseToPage(event.data);
  if (!message) return; // not on the allow-list: ignored
  if (message.type === 'graph') draw(message.uri, message.version, message);
  else if (message.uri === state.uri) highlight(message.id);
});

function draw(uri: string, version: number, message: { graph: Parameters<typeof layoutMap>[0] }): void {
  const sameDocument = uri === state.uri;
  layout = layoutMap(message.graph);
  const tree = svgTree(layout);
  const next = toDom(tree) as SVGSVGElement;
  next.removeAttribute('width');
  next.removeAttribute('height');
  host.replaceChildren(next);
  svg = next;
  state.uri = uri;
  state.version = version;
  // A re-render of the same document keeps zoom and scroll; another document starts fitted.
  if (sameDocument && state.view) setView(state.view);
  else fit();
  if (highlighted) highlight(highlighted);
}

function setView(view: ViewBox): void {
  state.view = view;
  svg?.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
  vscode.setState(state);
}

function fit(): void {
  if (layout) setView({ ...layout.bounds });
}

function zoom(factor: number, cx?: number, cy?: number): void {
  const v = state.view;
  if (!v) return;
  const x = cx ?? v.x + v.width / 2;
  const y = cy ?? v.y + v.height / 2;
  const width = Math.min(Math.max(v.width * factor, 50), 1e7);
  const height = (v.height * width) / v.width;
  setView({ x: x - ((x - v.x) * width) / v.width, y: y - ((y - v.y) * height) / v.height, width, height });
}

/** A point of the page in map coordinates. */
function mapPoint(clientX: number, clientY: number): [number, number] {
  const rect = host.getBoundingClientRect();
  const v = state.view!;
  const scale = Math.max(v.width / rect.width, v.height / rect.height);
  const offsetX = (rect.width * scale - v.width) / 2;
  const offsetY = (rect.height * scale - v.height) / 2;
  return [v.x - offsetX + (clientX - rect.left) * scale, v.y - offsetY + (clientY - rect.top) * scale];
}

host.addEventListener(
  'wheel',
  (event) => {
    event.preventDefault();
    if (!state.view) return;
    const [x, y] = mapPoint(event.clientX, event.clientY);
    zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, x, y);
  },
  { passive: false },
);

let drag: { x: number; y: number; view: ViewBox; moved: boolean } | undefined;
host.addEventListener('pointerdown', (event) => {
  if (state.view) drag = { x: event.clientX, y: event.clientY, view: state.view, moved: false };
});
window.addEventListener('pointermove', (event) => {
  if (!drag || !state.view) return;
  const rect = host.getBoundingClientRect();
  const scale = Math.max(drag.view.width / rect.width, drag.view.height / rect.height);
  const dx = event.clientX - drag.x;
  const dy = event.clientY - drag.y;
  if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
  if (drag.moved) setView({ ...drag.view, x: drag.view.x - dx * scale, y: drag.view.y - dy * scale });
});
window.addEventListener('pointerup', (event) => {
  const click = drag && !drag.moved;
  drag = undefined;
  if (!click) return;
  const group = (event.target as Element | null)?.closest?.('g.node');
  const line = group?.getAttribute('data-line');
  const id = group?.getAttribute('id');
  if (group && id !== null && id !== undefined && line && state.uri !== undefined && state.version !== undefined) {
    vscode.postMessage({ type: 'reveal', uri: state.uri, version: state.version, id, line: Number(line) });
  }
});

window.addEventListener('keydown', (event) => {
  if (event.key === '+' || event.key === '=') zoom(1 / 1.25);
  else if (event.key === '-') zoom(1.25);
  else if (event.key === '0') fit();
});

function highlight(id: string | null): void {
  highlighted = id;
  svg?.querySelectorAll('g.node.highlight').forEach((g) => g.classList.remove('highlight'));
  if (id === null || !layout || !state.view) return;
  const index = layout.boxes.findIndex((b) => b.id === id);
  const group = svg?.querySelector(`g.node[data-index="${index}"]`);
  if (index < 0 || !group) return;
  group.classList.add('highlight');
  // Off-screen: centre the box, keeping the zoom.
  const b = layout.boxes[index];
  const v = state.view;
  if (b.x < v.x || b.y < v.y || b.x + b.width > v.x + v.width || b.y + b.height > v.y + v.height) {
    setView({ ...v, x: b.x + b.width / 2 - v.width / 2, y: b.y + b.height / 2 - v.height / 2 });
  }
}
