// What the features that write into a file (completion, quick fixes, refactors) need to know
// about it: its style, its blocks, its ids and footnotes, what is being typed.
export { TextLines, linesOf } from './lines';
export { codeSpans, codeSpanAt, type LineSpans } from './codeLines';
export { LABELS, capitalise, kindOf, writeLabel, writtenLabel, wouldBeLabel, type WrittenLabel, type WouldBeLabel } from './labels';
export { writingStyle, type WritingStyle } from './style';
export { usedIds, freeSuffix, unusedSlug, writeId, type IdStyle } from './ids';
export { firstFreeFootnote, editDistance } from './footnotes';
export { blockAt, blockStart, childItem, type BlockAt, type Insertion, type WritableBlockType } from './blocks';
export { typingContext, preferredLabels, likelyParent, type TypingContext } from './contexts';
export { dirname, joinPath } from '../paths';
