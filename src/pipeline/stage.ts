/**
 * What the two parts of the pipeline share: its limits, the shape of a stage,
 * what `onStage` sees, and how a stage ends the pipeline with a reason.
 */
import type { Readability } from '@mozilla/readability';
import type { ExtractFailure, FailReason } from '../types';
import { FAILURE_MESSAGES } from './failures';

/** Limits, named. */
export const LIMITS = {
  /** Pages with more elements than this are refused rather than freezing the tab. */
  maxElements: 200_000,
  /** Less article text than this (characters) does not read as an article … */
  minArticleChars: 250,
  /** … unless the page says it is one (src/kind): then this much is enough (a short post). */
  minDeclaredArticleChars: 100,
  /** A same-origin frame with less text than this (characters) is not read with the page. */
  minFrameChars: 250,
} as const;

/** What Readability returns, its content kept as a node. */
export type ParsedArticle = NonNullable<ReturnType<Readability<Node>['parse']>>;

/**
 * What a stage left, as `onStage` sees it: the working copy and Readability's
 * article after a page stage, the sanitised body and the text after a finish stage.
 */
export interface StageView {
  readonly doc: Document | null;
  readonly parsed: ParsedArticle | null;
  readonly body: HTMLElement | null;
  readonly text: string;
}

/** Called after each stage with what it left (the benchmark traces where text is lost). */
export type StageHook = (name: string, view: StageView) => void;

/** Which part of the pipeline a stage belongs to: the page (injected script) or the finish (extension page). */
export type StageSide = 'page' | 'finish';

/** A pipeline stage: a name, the reason it exists, its side, and what it does to that side's context. */
export interface Stage<Side extends StageSide, Context> {
  readonly name: string;
  readonly why: string;
  readonly side: Side;
  run(ctx: Context): void;
}

/** Per-stage times in milliseconds, for the benchmark. */
export type StageTimings = Record<string, number>;

/** Thrown by a stage to end the pipeline with a reason the reader is told. */
export class Unreadable extends Error {
  constructor(
    readonly reason: FailReason,
    message: string,
  ) {
    super(message);
  }
}

/** Ends the pipeline: this page does not read as an article. */
export function notArticle(): never {
  throw new Unreadable('not-article', FAILURE_MESSAGES['not-article']);
}

/** A value a stage needs from an earlier one (a programming error when missing). */
export function need<T>(value: T | null | undefined, stage: string): T {
  if (value == null) throw new Error(`stage ${stage} ran before its input was ready`);
  return value;
}

/** A failure as the reader is told it: a plain message, the technical cause kept for logs. */
export function failure(err: unknown): ExtractFailure {
  if (err instanceof Unreadable) return { ok: false, reason: err.reason, message: err.message };
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { ok: false, reason: 'error', message: FAILURE_MESSAGES.error, detail };
}

/** Runs `stages` in order on `ctx`, timing each into `timings` and showing `onStage` what each left. */
export function runStages<C>(
  stages: readonly Stage<StageSide, C>[],
  ctx: C,
  timings: StageTimings,
  view: (ctx: C) => StageView,
  onStage?: StageHook,
): void {
  for (const stage of stages) {
    const t = performance.now();
    stage.run(ctx);
    timings[stage.name] = performance.now() - t;
    onStage?.(stage.name, view(ctx));
  }
}
