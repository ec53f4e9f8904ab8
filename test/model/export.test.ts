// Graph exports on hand-built analyses: the spec's JSON, and Mermaid/DOT/tree text that stays
// well-formed whatever a node's text holds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Analysis, type ArgNode, type Edge, type Figure, type NodeKind, type NodeRef, type NodeStatus, emptyAnalysis, LABEL_LINE, labelText, MAX_LABEL, toDot, toGraphJson, toMermaid, toTree } from '../../server/src/model';

const range = (line: number, from = 0, to = 40) => ({ start: { line, character: from }, end: { line, character: to } });

function node(index: number, kind: NodeKind, text: string, line: number, extra: Partial<ArgNode> = {}): ArgNode {
  return {
    index,
    id: `node-${index}`,
    explicitId: false,
    kind,
    label: kind,
    blockType: 'listItem',
    text,
    body: '',
    range: range(line, 2),
    fullRange: range(line),
    blockRange: range(line),
    figures: [],
    bodyFigures: [],
    citations: [],
    children: [],
    ...extra,
  };
}

const status = (s: Partial<NodeStatus> = {}): NodeStatus => ({ supported: false, cited: false, contested: false, ...s });

/** The reference targets an analysis stores: each reference's edge names its target. */
function targetsOf(edges: Edge[]): Map<number, NodeRef> {
  return new Map(edges.filter((e) => e.via !== undefined).map((e) => [e.via as number, e.from]));
}

function analysis(nodes: ArgNode[], statuses: NodeStatus[], edges: Edge[], referenceTargets = targetsOf(edges)): Analysis {
  return { ...emptyAnalysis('map.arg.md', 20), nodes, status: statuses, edges, referenceTargets };
}

const figure: Figure = { text: 'over 9,200 companies', value: 9200, kind: 'count', unit: 'companies', range: range(2, 12, 32) };

/**
 * # Claim: Shenzhen is a hub {#hub}                 0
 * - Evidence: Over 9,200 companies…[^a]             1  supports 0
 * - Objection: The word hub is vague                2  attacks 0
 *   - Evidence: [Qianhai](#q)                       3  reference: q supports 2
 * - Claim: [elsewhere](other.arg.md#y)              4  reference: other.arg.md#y supports 0
 * ## Evidence: Qianhai figures {#q}                 5  root
 * - Reason: [gone](#missing)                        6  broken reference under 5: no edge
 */
function sample(): Analysis {
  const nodes = [
    node(0, 'claim', 'Shenzhen is a hub', 0, { id: 'hub', explicitId: true, blockType: 'heading', depth: 1, children: [1, 2, 4] }),
    node(1, 'evidence', 'Over 9,200 companies are registered', 2, { parent: 0, figures: [figure] }),
    node(2, 'challenge', 'The word hub is vague', 3, { label: 'Objection', parent: 0, children: [3] }),
    node(3, 'evidence', 'Qianhai', 4, { parent: 2, reference: { id: 'q', range: range(4, 14, 26) } }),
    node(4, 'claim', 'elsewhere', 5, {
      parent: 0,
      reference: { id: 'y', file: 'other.arg.md', rawFile: 'other.arg.md', range: range(5, 9, 40) },
    }),
    node(5, 'evidence', 'Qianhai figures', 7, { id: 'q', explicitId: true, blockType: 'heading', depth: 2, children: [6] }),
    node(6, 'claim', 'gone', 8, { label: 'Reason', parent: 5, reference: { id: 'missing', range: range(8, 10, 26) } }),
  ];
  const statuses = [
    status({ supported: true, contested: true }),
    status({ cited: true }),
    status(),
    status(),
    status(),
    status({ cited: false }),
    status(),
  ];
  // Deliberately not in source order: the exports put edges in the order their children stand.
  const edges: Edge[] = [
    {
      from: { file: 'other.arg.md', id: 'y', path: 'other.arg.md', node: 0, kind: 'claim', status: status({ supported: true }) },
      to: { local: 0 },
      relation: 'supports',
      via: 4,
    },
    { from: { local: 5 }, to: { local: 2 }, relation: 'supports', via: 3 },
    { from: { local: 2 }, to: { local: 0 }, relation: 'attacks' },
    { from: { local: 1 }, to: { local: 0 }, relation: 'supports' },
  ];
  return analysis(nodes, statuses, edges);
}

describe('toGraphJson', () => {
  it('lists the graph nodes in document order, references left out', () => {
    const json = toGraphJson(sample());
    assert.deepEqual(
      json.nodes.map((n) => n.id),
      ['hub', 'node-1', 'node-2', 'q'],
    );
  });

  it('gives each node its kind, text, 0-based line, status word, contested, cited and figures', () => {
    const [hub, evidence, challenge, q] = toGraphJson(sample()).nodes;
    assert.deepEqual(hub, {
      id: 'hub',
      kind: 'claim',
      text: 'Shenzhen is a hub',
      line: 0,
      status: 'supported',
      contested: true,
      cited: false,
      figures: [],
      parent: null,
    });
    assert.equal(evidence.status, 'cited');
    assert.equal(evidence.cited, true);
    assert.deepEqual(evidence.figures, [{ text: 'over 9,200 companies', value: 9200, kind: 'count' }]);
    assert.equal(challenge.status, 'unsupported');
    assert.equal(challenge.kind, 'challenge');
    assert.equal(q.status, 'uncited');
    assert.equal(q.line, 7);
  });

  it('gives edges child → parent in source order, references resolved, other files as file#id', () => {
    assert.deepEqual(toGraphJson(sample()).edges, [
      { from: 'node-1', to: 'hub', relation: 'supports' },
      { from: 'node-2', to: 'hub', relation: 'attacks' },
      { from: 'q', to: 'node-2', relation: 'supports', reference: true },
      { from: 'other.arg.md#y', to: 'hub', relation: 'supports', reference: true },
    ]);
  });

  it('gives each node its structural parent id (map.md), null for a root', () => {
    // hub is the file's first heading; q is a level-2 heading the sample gives no parent.
    assert.deepEqual(
      toGraphJson(sample()).nodes.map((n) => [n.id, n.parent]),
      [
        ['hub', null],
        ['node-1', 'hub'],
        ['node-2', 'hub'],
        ['q', null],
      ],
    );
  });

  it('hangs a node nested under a reference node from the nearest graph node above it', () => {
    const a = sample();
    // Under [Qianhai](#q) (a reference, no graph node), itself under node-2: node-7's parent is node-2.
    a.nodes.push(node(7, 'challenge', 'Old numbers', 5, { parent: 3 }));
    a.nodes[3].children.push(7);
    a.status.push(status());
    a.edges.push({ from: { local: 7 }, to: { local: 3 }, relation: 'attacks' });
    const json = toGraphJson(a);
    assert.equal(json.nodes.find((n) => n.id === 'node-7')?.parent, 'node-2');
    // Its edge, made by the node itself and not by a reference, carries no `reference`.
    assert.deepEqual(json.edges.at(-1), { from: 'node-7', to: 'q', relation: 'attacks' });
  });

  it('gives a node under a top-level reference no parent', () => {
    const a = analysis(
      [node(0, 'claim', 'x', 0, { reference: { id: 'y', range: range(0) }, children: [1] }), node(1, 'evidence', 'e', 1, { parent: 0 })],
      [status(), status()],
      [],
    );
    assert.deepEqual(toGraphJson(a).nodes.map((n) => [n.id, n.parent]), [['node-1', null]]);
  });

  it('sends an edge that ends on a reference node to the reference target', () => {
    const a = sample();
    // A challenge nested under the reference [Qianhai](#q) attacks q itself.
    a.nodes.push(node(7, 'challenge', 'Old numbers', 5, { parent: 3 }));
    a.nodes[3].children.push(7);
    a.status.push(status());
    a.edges.push({ from: { local: 7 }, to: { local: 3 }, relation: 'attacks' });
    assert.deepEqual(toGraphJson(a).edges.at(-1), { from: 'node-7', to: 'q', relation: 'attacks' });
  });

  it('is empty for an empty analysis', () => {
    assert.deepEqual(toGraphJson(analysis([], [], [])), { nodes: [], edges: [] });
  });
});

/** The label of each node line of a Mermaid chart, by node id, with `#N;` entities decoded. */
function mermaidLabels(chart: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of chart.split('\n')) {
    const m = /^ {2}([nx]\d+)(?:\["([^"]*)"\]|\[\("([^"]*)"\)\]|\{\{"([^"]*)"\}\}|\[\/"([^"]*)"\/\])$/.exec(line);
    if (!m) continue;
    const raw = m[2] ?? m[3] ?? m[4] ?? m[5];
    // Our own line breaks are the only markup; they stand for the spaces they replace.
    labels.set(m[1], raw.replaceAll('<br/>', ' ').replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));
  }
  return labels;
}

describe('toMermaid', () => {
  it('is a fenced flowchart block', () => {
    const chart = toMermaid(sample());
    assert.ok(chart.startsWith('```mermaid\nflowchart BT\n'));
    assert.ok(chart.endsWith('\n```\n'));
  });

  it('declares each graph node once with its kind in the label, and other files as their own nodes', () => {
    const labels = mermaidLabels(toMermaid(sample()));
    assert.deepEqual([...labels], [
      ['n0', 'Claim: Shenzhen is a hub'],
      ['n1', 'Evidence: Over 9,200 companies are registered'],
      ['n2', 'Challenge: The word hub is vague'],
      ['n5', 'Evidence: Qianhai figures'],
      ['x0', 'Claim: other.arg.md#y'],
    ]);
  });

  it('draws supports as solid arrows and attacks as labelled dotted arrows, in source order', () => {
    const edges = toMermaid(sample())
      .split('\n')
      .filter((l) => l.includes('->'))
      .map((l) => l.trim());
    assert.deepEqual(edges, ['n1 --> n0', 'n2 -.->|attacks| n0', 'n5 --> n2', 'x0 --> n0']);
  });

  it('marks status and contested with classes', () => {
    const chart = toMermaid(sample());
    assert.match(chart, /^ {2}class n0,x0 supported$/m);
    assert.match(chart, /^ {2}class n1 cited$/m);
    assert.match(chart, /^ {2}class n2 unsupported$/m);
    assert.match(chart, /^ {2}class n5 uncited$/m);
    assert.match(chart, /^ {2}class n0 contested$/m);
    // `contested` only adds a stroke, so it must come after the fills it overrides.
    assert.ok(chart.indexOf('classDef contested') > chart.indexOf('classDef uncited'));
  });

  it('escapes hostile text so that it cannot end the label, the block or the chart', () => {
    const hostile =
      'He said "stop"]) --> x{{ <script>alert(1)</script> #hash; #35; 100% & more `code` ```\n' +
      'end\n%% comment ; style n0 fill:#f00; click n0 call evil() :::cls | é 中文 😀';
    const a = analysis([node(0, 'claim', hostile, 0)], [status()], []);
    const chart = toMermaid(a);
    const lines = chart.split('\n');
    assert.equal(lines.length, 7, 'one line per statement: fence, flowchart, node, classDef, class, fence, end');
    const nodeLine = lines[2];
    assert.match(nodeLine, /^ {2}n0\["[^"`]*"\]$/);
    const body = nodeLine.slice(6, -2).split('<br/>');
    assert.ok(body.length > 1, 'a long label wraps');
    for (const line of body) {
      assert.doesNotMatch(line, /[<>]/);
      // Every # left in the label starts a numeric entity, so Mermaid's entity pass sees only ours.
      assert.doesNotMatch(line, /#(?!\d+;)/);
      assert.doesNotMatch(line, /[:;%](?<!#\d+;)/);
    }
    assert.equal(chart.match(/```/g)?.length, 2);
    assert.equal(mermaidLabels(chart).get('n0'), labelText(`Claim: ${hostile}`));
  });

  it('cuts very long text at a word, with an ellipsis, never inside a character', () => {
    const family = '👩‍👩‍👧';
    const long = Array.from({ length: 80 }, (_, k) => (k % 3 ? `word${k}` : family)).join(' ');
    const label = mermaidLabels(toMermaid(analysis([node(0, 'evidence', long, 0)], [status()], []))).get('n0')!;
    assert.ok(label.endsWith('…'));
    const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(label), (s) => s.segment);
    assert.ok(graphemes.length <= MAX_LABEL, `${graphemes.length} characters`);
    assert.ok(long.startsWith(label.slice(0, -1).slice('Evidence: '.length)));
    // The cut falls between words: what precedes the ellipsis is a whole word or a whole family.
    const lastWord = label.slice(0, -1).split(' ').at(-1)!;
    assert.ok(lastWord === family || /^word\d+$/.test(lastWord), lastWord);
  });

  it('wraps labels at spaces into lines of about LABEL_LINE characters', () => {
    const text = 'Shaded streets are measurably cooler than open ones at noon in every city studied';
    const chart = toMermaid(analysis([node(0, 'claim', text, 0)], [status()], []));
    const body = /n0\["(.*)"\]/.exec(chart)![1];
    assert.deepEqual(body.split('<br/>'), [
      // 'Claim: Shaded streets are measurably' is 36 characters; ' cooler' would make 43.
      'Claim#58; Shaded streets are measurably',
      'cooler than open ones at noon in every',
      'city studied',
    ]);
    assert.ok(body.split('<br/>').every((l) => l.length <= LABEL_LINE + 4));
  });

  it('still renders an empty node and an empty analysis', () => {
    assert.equal(mermaidLabels(toMermaid(analysis([node(0, 'claim', '', 0)], [status()], []))).get('n0'), 'Claim: (empty)');
    assert.equal(toMermaid(analysis([], [], [])), '```mermaid\nflowchart BT\n```\n');
  });
});

/** Node statements of a DOT graph: id → label with DOT escapes undone. */
function dotLabels(dot: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const m of dot.matchAll(/^ {2}([nx]\d+) \[label="((?:[^"\\\n]|\\.)*)"[^\n]*\];$/gm)) {
    // `\n` is our line break; any other escaped character stands for itself.
    labels.set(m[1], m[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? ' ' : c)));
  }
  return labels;
}

describe('toDot', () => {
  it('is a digraph with every node and edge on its own statement line', () => {
    const dot = toDot(sample());
    assert.ok(dot.startsWith('digraph argmap {\n'));
    assert.ok(dot.endsWith('\n}\n'));
    assert.deepEqual([...dotLabels(dot).keys()], ['n0', 'n1', 'n2', 'n5', 'x0']);
    const edges = dot.split('\n').filter((l) => l.includes(' -> '));
    assert.equal(edges.length, 4);
    assert.match(edges[0], /^ {2}n1 -> n0;$/);
    assert.match(edges[1], /^ {2}n2 -> n0 \[label="attacks", style=dashed/);
  });

  it('shows kind by shape and contested by a dashed red outline', () => {
    const dot = toDot(sample());
    assert.match(dot, /^ {2}n0 \[.*shape=box.*color="#c62828".*style="filled,dashed"/m);
    assert.match(dot, /^ {2}n1 \[.*shape=note/m);
    assert.match(dot, /^ {2}n2 \[.*shape=hexagon/m);
  });

  it('escapes quotes and backslashes so that labels stay strings', () => {
    const hostile = 'a "quoted" \\N \\" back\\slash"; } digraph x { a -> b\n<b>html</b>';
    const dot = toDot(analysis([node(0, 'challenge', hostile, 0)], [status()], []));
    assert.equal(dot.split('\n').length, 7);
    assert.equal(dotLabels(dot).get('n0'), labelText(`Challenge: ${hostile}`));
  });
});

describe('toTree', () => {
  it('prints roots first, children under parents with their kind and status', () => {
    assert.equal(
      toTree(sample()),
      [
        'claim (supported, contested): Shenzhen is a hub',
        '├─ evidence (cited): Over 9,200 companies are registered',
        '├─ challenge (open, unsupported): The word hub is vague',
        '│  └─ evidence → #q (uncited): Qianhai',
        '└─ claim → other.arg.md#y (supported): elsewhere',
        'evidence (uncited): Qianhai figures',
        '└─ claim → #missing (broken reference): gone',
        '',
      ].join('\n'),
    );
  });

  it('keeps terminal control sequences and line breaks out of the text', () => {
    const tree = toTree(analysis([node(0, 'claim', 'red \u001b[31mALERT\u001b[0m\nsecond line\u202e', 0)], [status()], []));
    assert.equal(tree, 'claim (unsupported): red [31mALERT [0m second line\n');
  });

  it('says so when there is nothing to show', () => {
    assert.equal(toTree(analysis([], [], [])), '(no argument nodes)\n');
    assert.equal(toTree({ ...analysis([], [], []), tooLarge: true }), '(file too large: not analysed)\n');
  });
});
