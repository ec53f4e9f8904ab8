// Argument files whose diagnostics follow from the spec by hand (0-based lines in the comments).
import { lines } from './helpers';

/** A claim supported by cited evidence: no diagnostics. */
export const CLEAN = lines(
  '# Claim: Parks cool cities {#parks}', // 0
  '',
  '- Evidence: Shaded streets are cooler than open ones.[^heat]', // 2
  '',
  '[^heat]: City heat study, 2021.',
);

/** As CLEAN, plus an empty claim at line 3: `empty-node` (error) at the label, character 2. */
export const EMPTY_NODE = lines(
  '# Claim: Parks cool cities',
  '',
  '- Evidence: Shaded streets are cooler than open ones.[^heat]',
  '- Claim:', // 3
  '',
  '[^heat]: City heat study, 2021.',
);

/** A lone claim paragraph: `unsupported-claim` (warning) at 0:0, nothing of severity error. */
export const UNSUPPORTED = lines('Claim: Cities need more parks.');

/**
 * Several diagnostics: unsupported claim (line 0), root evidence without a source
 * (line 2: orphan-evidence and uncited-evidence), an empty claim (line 4: empty-node).
 */
export const SEVERAL = lines('Claim: Cities need more parks.', '', 'Evidence: Loose evidence.', '', 'Claim:');

/**
 * The graph fixture:
 *   parks (claim, root) ← shade (cited evidence) supports
 *   parks ← land (objection) attacks; land ← rebuttal attacks; rebuttal ← shade (via the reference at line 5) supports
 * parks is supported and not contested (its objection is answered); land is unsupported and
 * contested (its rebuttal is unanswered); the rebuttal is supported through the reference.
 */
export const GRAPH = lines(
  '# Claim: Parks cool cities {#parks}', // 0
  '',
  '- Evidence: Shaded streets are 35% cooler at noon.[^heat] {#shade}', // 2
  '- Objection: Parks take land that housing needs. {#land}', // 3
  '  - Rebuttal: Rooftop parks take no land.', // 4
  '    - Evidence: [shade figures](#shade)', // 5
  '',
  '[^heat]: City heat study, 2021.',
);

/** A claim whose only support is evidence in facts.arg.md. */
export const CROSS_FILE = lines('# Claim: Parks cool cities {#parks}', '', '- Evidence: [the heat study](facts.arg.md#heat)');

export const FACTS = lines('- Evidence: Shaded streets are cooler than open ones.[^s] {#heat}', '', '[^s]: City heat study, 2021.');
