// The map's fixed measures, in pixels. The layout and the SVG share them; docs/map.md explains each.

/** Box text: font size and line height; the header (kind and status) and figure lines are smaller. */
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 16;
export const SMALL_FONT_SIZE = 11;
export const SMALL_LINE_HEIGHT = 14;
export const PAD_X = 10;
export const PAD_Y = 8;

/** map.md: at most ~40 code points a line and 4 lines of text; figures get one line. */
export const WRAP_WIDTH = 40;
export const MAX_TEXT_LINES = 4;
export const MAX_FIGURE_LINES = 1;

/** Widths are rounded up to a step so that most keystrokes leave a box, and so its neighbours, still. */
export const WIDTH_STEP = 32;
export const MIN_WIDTH = 96;
/**
 * A box whose text wraps is at least this wide (about 40 average characters): wrapped boxes share one
 * width, so retyping a long text rarely changes its box (and never its neighbours) unless a line of
 * wide letters needs more.
 */
export const WRAPPED_WIDTH = 288;

/** The tallest box there can be: every level has this much room, so no box's text moves another level. */
export const MAX_BOX_HEIGHT =
  PAD_Y * 2 + SMALL_LINE_HEIGHT + MAX_TEXT_LINES * LINE_HEIGHT + MAX_FIGURE_LINES * SMALL_LINE_HEIGHT;
/** From one level's top to the next's: the tallest box and room for the arrows. */
export const LEVEL_PITCH = MAX_BOX_HEIGHT + 32;

/** Horizontal room between boxes of one parent, and between cousins (other parents). */
export const SIBLING_GAP = 16;
export const COUSIN_GAP = 32;

/**
 * A tree's slot (the height it is given before the next tree starts) is at least SLOT_MIN_LEVELS
 * levels, deeper trees' level counts rounded up to SLOT_QUANTUM, plus TREE_GAP. Slots are the same for
 * every tree up to SLOT_MIN_LEVELS deep (most arguments), so a tree growing or shrinking by a level
 * does not move the trees after it: stillness is bought with some empty room under shallow trees.
 */
export const SLOT_MIN_LEVELS = 6;
export const SLOT_QUANTUM = 3;
export const TREE_GAP = 32;

/** Nodes of other files: a band under the trees, at most this many boxes a row. */
export const EXTERNALS_PER_ROW = 6;

/** The longest tooltip text, in code points: bounded output for a huge node. */
export const MAX_TITLE = 4000;
