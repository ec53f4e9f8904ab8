// The argument map as data and text: graph JSON (the spec's shape), Mermaid, DOT and a text tree.
// Every writer works from the same view of the graph (view.ts).
export { toGraphJson, type GraphJson } from './json';
export { toMermaid, toDot } from './diagrams';
export { toTree } from './tree';
export { externalName } from './view';
export { plainText, labelText, mermaidText, dotText, MAX_LABEL, LABEL_LINE } from './text';
