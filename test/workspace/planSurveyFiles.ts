// A small workspace used by the CLI cache, workspace index and cross-file tests: a plan whose
// evidence links to a survey in another file, and an unrelated claim. Expected values are
// worked out in each test from these texts.
export const PLAN = '# Claim: The plan has support. {#plan}\n\n- Evidence: [the survey](b.arg.md#survey)\n';
export const SURVEY = [
  '# Claim: Residents want the plan. {#residents}',
  '',
  '- Evidence: A survey of 1,000 residents found 62% in favour.[^s] {#survey}',
  '',
  '[^s]: City survey office, report 7.',
  '',
].join('\n');
export const TAXES = '# Claim: Taxes should fall. {#taxes}\n';
