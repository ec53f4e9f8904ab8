// Inputs for the importers, written by hand in each tool's own format.
export const lines = (...l: string[]) => l.join('\n') + '\n';

/** Statements, arguments, + / - / _ relations, a reused statement, sections, tags, YAML data and front matter. */
export const ARGDOWN = lines(
  '===',
  'title: Parks and heat',
  'author: Ana',
  '===',
  '',
  '# Heat',
  '',
  '[Parks]: Parks cool cities. #green {importance: 3}',
  '    + [Shade]: Shaded streets are 35% cooler at noon.',
  '    - <Land>: Parks take land that housing needs.',
  '        _ <Roof>: Rooftop parks take no land.',
  '',
  '## Health',
  '',
  '[Health]: Green space lowers stress.',
  '    + [Shade]',
  '    - [Cost]: Parks cost too much to keep. #(city budget)',
  '',
  '<Quiet>',
);

/** Every statement text of ARGDOWN as written there. */
export const ARGDOWN_TEXTS = [
  'Parks cool cities. #green',
  'Shaded streets are 35% cooler at noon.',
  'Parks take land that housing needs.',
  'Rooftop parks take no land.',
  'Green space lowers stress.',
  'Parks cost too much to keep. #(city budget)',
];

/** A Kialo "Export discussion" file: three levels, a `-> See` link (to a claim further down), a URL, a multi-line claim. */
export const KIALO = lines(
  'Discussion Title: Should cities plant more parks?',
  '',
  '1. Cities should plant more parks.',
  '1.1. Pro: Parks cool streets in summer, see [EPA heat islands](https://www.epa.gov/heatislands).',
  '1.1.1. Con: Only large parks cool more than their own area.',
  '1.1.1.1. Con: -> See 1.2.1.',
  '1.2. Con: Parks take land that housing needs.',
  '1.2.1. Pro: Small pocket parks fit between buildings.',
  'Many cities already build them.',
  '- even on rooftops',
  '1.3. Pro: Parks improve mental health.',
);

export const KIALO_TEXTS = [
  'Cities should plant more parks.',
  'Parks cool streets in summer, see [EPA heat islands](https://www.epa.gov/heatislands).',
  'Only large parks cool more than their own area.',
  'Parks take land that housing needs.',
  'Small pocket parks fit between buildings.',
  'Parks improve mental health.',
];
