/**
 * The messages protection shows ("error: Content is protected !!"), as
 * patterns: for finding their boxes in a page, and for silencing their
 * alert() calls on an unlocked one.
 */
import { MESSAGE_PREFIXES, PROTECTION_MESSAGE_TEXTS } from './rules';

/** Escapes a phrase for a RegExp; spaces and hyphens match any run of them. */
function phrasePattern(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(/[\s-]+/)
    .join('[\\s\\-]+');
}

const MESSAGE_PHRASES = PROTECTION_MESSAGE_TEXTS.map(phrasePattern).join('|');
/** Does a text hold a protection message somewhere? */
export const MESSAGE_HINT = new RegExp(MESSAGE_PHRASES, 'i');
/** Is a whole text a protection message (one or more of the phrases, after an optional prefix)? */
export const MESSAGE_WHOLE = new RegExp(
  `^(?:(?:${MESSAGE_PREFIXES.join('|')})\\s*:\\s*)?(?:${MESSAGE_PHRASES})(?:[\\s!.]+(?:${MESSAGE_PHRASES}))*[\\s!.]*$`,
  'i',
);
