/**
 * Where in Pith's pipeline a piece of text is lost. Runs the pipeline's own STAGES, in order,
 * on a clone of the page, and after each stage checks which snippets are still in the working
 * text (the page body before Readability, its article after, then the sanitised body, then the
 * plain text). A diagnostic for the benchmark: it does not replace `extractArticle` (and, like the
 * CLI in jsdom, it passes no live styles and reads no frames).
 */
import { RemovalLog } from '../src/pipeline/report';
import { STAGES, type Stage } from '../src/pipeline';
import { compact } from './text-match';

type Context = Parameters<Stage['run']>[0];

/** The text a stage left: the plain text once there is one, else the sanitised body, the article, the page. */
function workingText(ctx: Context): string {
  if (ctx.text) return ctx.text;
  if (ctx.body) return ctx.body.textContent ?? '';
  if (ctx.parsed) return ctx.parsed.content?.textContent ?? '';
  return ctx.doc.body?.textContent ?? '';
}

/**
 * For each snippet: `'source'` (not in the page's text), the name of the stage that lost it
 * (`"<stage> (page refused)"` when that stage ended the pipeline), or null (kept).
 */
export type LostAt = 'source' | string | null;

/**
 * Runs Pith's stages on a clone of `source` and tells, for each snippet, the stage after which
 * it is no longer in the working text. A stage that throws (a refused page) loses everything
 * still there.
 */
export function traceSnippets(source: Document, win: Window, url: string, snippets: readonly string[]): LostAt[] {
  const wanted = snippets.map(compact);
  const lostAt: LostAt[] = snippets.map(() => null);
  const sourceText = compact(source.body?.textContent ?? '');
  const alive = new Set<number>();
  wanted.forEach((s, i) => (sourceText.includes(s) ? alive.add(i) : (lostAt[i] = 'source')));
  const ctx: Context = {
    doc: source.cloneNode(true) as Document,
    win,
    url,
    log: new RemovalLog(),
    related: [],
    parsed: null,
    body: null,
    text: '',
    figures: [],
  };
  for (const stage of STAGES) {
    if (alive.size === 0) break;
    let text: string | null;
    try {
      stage.run(ctx);
      text = compact(workingText(ctx));
    } catch {
      text = null;
    }
    for (const i of [...alive]) {
      if (text === null || !text.includes(wanted[i] ?? '')) {
        lostAt[i] = text === null ? `${stage.name} (page refused)` : stage.name;
        alive.delete(i);
      }
    }
    if (text === null) break;
  }
  return lostAt;
}
