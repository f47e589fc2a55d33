/**
 * Where in Pith's pipeline a piece of text is lost. Runs the pipeline itself and, after each
 * stage, checks which snippets are still in the working text (the page body before Readability,
 * its article after, then the sanitised body, then the plain text). It sees what the CLI sees in
 * jsdom: no live styles.
 */
import { extractArticle, STAGES, type StageView } from '../src/pipeline';
import { compact } from './text-match';

/** The text a stage left: the plain text once there is one, else the sanitised body, the article, the page. */
function workingText(ctx: StageView): string {
  if (ctx.text) return ctx.text;
  if (ctx.body) return ctx.body.textContent ?? '';
  if (ctx.parsed) return ctx.parsed.content?.textContent ?? '';
  return ctx.doc?.body?.textContent ?? '';
}

/**
 * For each snippet: `'source'` (not in the page's text), the name of the stage that lost it
 * (`"<stage> (page refused)"` when that stage ended the pipeline), or null (kept).
 */
export type LostAt = 'source' | string | null;

/**
 * Runs Pith's pipeline (`extractArticle`, through its `onStage` hook) and tells, for each snippet,
 * the stage after which it is no longer in the working text. When a stage ends the pipeline (a
 * refused page), everything still there is lost at that stage.
 */
export function traceSnippets(source: Document, win: Window, url: string, snippets: readonly string[]): LostAt[] {
  const wanted = snippets.map(compact);
  const lostAt: LostAt[] = snippets.map(() => null);
  const sourceText = compact(source.body?.textContent ?? '');
  const alive = new Set<number>();
  wanted.forEach((s, i) => (sourceText.includes(s) ? alive.add(i) : (lostAt[i] = 'source')));
  if (alive.size === 0) return lostAt;
  let done = 0;
  const result = extractArticle(source, {
    win,
    url,
    onStage: (name, view) => {
      done++;
      const text = compact(workingText(view));
      for (const i of [...alive]) {
        if (!text.includes(wanted[i] ?? '')) {
          lostAt[i] = name;
          alive.delete(i);
        }
      }
    },
  });
  if (!result.ok) {
    const refusedBy = STAGES[done]?.name ?? 'result';
    for (const i of alive) lostAt[i] = `${refusedBy} (page refused)`;
  }
  return lostAt;
}
