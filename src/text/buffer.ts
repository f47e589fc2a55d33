import { COLLAPSIBLE_SPACE, INVISIBLE } from './rules';

/** How strong a pending break is: 1 = new line, 2 = new block (blank line). */
export type BreakStrength = 1 | 2;

const SPACE = 32;
const LEADING_NEWLINES = /^\n+/;

/**
 * Accumulates plain text while the DOM is walked. Whitespace and breaks are
 * kept pending and only written before the next visible text, so the output
 * never has doubled spaces, spaces at line ends, or breaks at its edges.
 */
export class TextBuffer {
  #out = '';
  #break = 0;
  #space = false;
  #preFresh = false;
  readonly #maxBreak: BreakStrength;

  /** @param maxBreak the strongest break this buffer writes (1 inside list items and table cells). */
  constructor(maxBreak: BreakStrength) {
    this.#maxBreak = maxBreak;
  }

  /** Adds collapsible (normal-flow) text. */
  text(data: string): void {
    const s = data.replace(INVISIBLE, '').replace(COLLAPSIBLE_SPACE, ' ');
    if (s === '') return;
    const leading = s.charCodeAt(0) === SPACE;
    const trailing = s.charCodeAt(s.length - 1) === SPACE;
    const core = s.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if (leading) this.#space = true;
    if (core === '') return;
    this.#flush();
    this.#out += core;
    this.#space = trailing;
  }

  /** Requests a break before the next text; the strongest request wins. */
  break(strength: BreakStrength): void {
    this.#break = Math.min(this.#maxBreak, Math.max(this.#break, strength));
    this.#space = false;
  }

  /** A `<br>`: a new line, or a blank line when it follows another `<br>`. */
  lineBreak(): void {
    this.break(this.#break === 1 ? 2 : 1);
  }

  /** Adds text that is already laid out (a rendered list or table) as its own block. */
  block(laidOut: string): void {
    if (laidOut === '') return;
    this.break(2);
    this.#flush();
    this.#out += laidOut;
    this.break(2);
  }

  /** Starts preformatted text: leading newlines of the first chunk are dropped. */
  startPre(): void {
    this.#preFresh = true;
  }

  /** Adds preformatted text verbatim (NBSP as a space, invisible characters dropped). */
  raw(data: string): void {
    let s = data.replace(INVISIBLE, '').replaceAll('\u00a0', ' ');
    if (this.#preFresh) s = s.replace(LEADING_NEWLINES, '');
    if (s === '') return;
    this.#preFresh = false;
    this.#flush();
    this.#out += s;
  }

  /** Ends preformatted text: its trailing whitespace is dropped. */
  endPre(): void {
    this.#preFresh = false;
    this.#out = this.#out.trimEnd();
  }

  /** The text so far, without pending breaks or spaces. */
  get value(): string {
    return this.#out;
  }

  #flush(): void {
    if (this.#out !== '') {
      if (this.#break > 0) this.#out += '\n'.repeat(this.#break);
      else if (this.#space) this.#out += ' ';
    }
    this.#break = 0;
    this.#space = false;
  }
}
