// The map's look, as CSS on the SVG's classes. Colours are CSS variables with light defaults, so the
// webview can map them to the editor theme (`--vscode-*`) and a stand-alone SVG still reads well.
// Status is never colour alone: the header line says it in words.

export const MAP_CSS = `
.argmap-map { font-family: Helvetica, Arial, sans-serif; background: var(--argmap-background, #ffffff); }
.argmap-map text { fill: var(--argmap-text, #1b1b1b); }
.argmap-map .node rect.box { stroke-width: 1.5; }
.argmap-map .claim rect.box { fill: var(--argmap-claim-fill, #eef3fb); stroke: var(--argmap-claim-stroke, #3b6db3); }
.argmap-map .evidence rect.box { fill: var(--argmap-evidence-fill, #eef8ef); stroke: var(--argmap-evidence-stroke, #2e7d32); }
.argmap-map .challenge rect.box { fill: var(--argmap-challenge-fill, #fdf0ee); stroke: var(--argmap-challenge-stroke, #c62828); }
.argmap-map .external rect.box { fill: var(--argmap-external-fill, #f1f3f4); stroke: var(--argmap-external-stroke, #777777); stroke-dasharray: 4 3; }
.argmap-map .contested rect.box { stroke: var(--argmap-attack, #c62828); stroke-width: 2.5; stroke-dasharray: 6 3; }
.argmap-map rect.mark { fill: var(--argmap-weak, #b26a00); }
.argmap-map .supported rect.mark, .argmap-map .cited rect.mark { fill: var(--argmap-good, #2e7d32); }
.argmap-map text.header { font-size: 11px; font-weight: bold; }
.argmap-map text.figures { font-size: 11px; font-style: italic; }
.argmap-map text.body { font-size: 13px; }
.argmap-map .edge { fill: none; stroke: var(--argmap-edge, #555555); stroke-width: 1.5; }
.argmap-map .edge.attacks { stroke: var(--argmap-attack, #c62828); stroke-dasharray: 6 4; }
.argmap-map .edge.secondary { stroke-width: 1.2; opacity: 0.75; }
.argmap-map .arrow-supports { fill: var(--argmap-edge, #555555); }
.argmap-map .arrow-attacks { fill: var(--argmap-attack, #c62828); }
.argmap-map .node.highlight rect.box { stroke: var(--argmap-focus, #0b61d8); stroke-width: 3.5; stroke-dasharray: none; }
@media (prefers-color-scheme: dark) {
  .argmap-map { --argmap-background: #1e1e1e; --argmap-text: #e8e8e8; --argmap-edge: #b0b0b0; --argmap-attack: #f28b82;
    --argmap-claim-fill: #1f2c40; --argmap-claim-stroke: #7aa7e8; --argmap-evidence-fill: #1f3323; --argmap-evidence-stroke: #81c995;
    --argmap-challenge-fill: #3d2222; --argmap-challenge-stroke: #f28b82; --argmap-external-fill: #2a2a2a; --argmap-external-stroke: #9aa0a6;
    --argmap-good: #81c995; --argmap-weak: #fdd663; }
}
`.trim();
