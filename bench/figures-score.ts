/**
 * The key-figures benchmark: Pith's full pipeline on the labelled pages of
 * tests/fixtures/figures/<case>/ (page.html + labels.json, see the README
 * there), scored against the labels.
 *
 * A reported figure matches a label when their texts are equal once
 * whitespace is normalised, or when one holds the other as whole words and
 * what is left holds no other number than a deadline year ("1 million tons"
 * and "1 million tons by 2029"). Measured per case and over the whole set:
 *  - recall of importance-1 labels and of all labels;
 *  - the share of reported figures that are labelled non-key numbers;
 *  - reported figures from outside the article (their sentence is not in
 *    the page's article region, furniture marked `data-fixture="outside"`
 *    taken out);
 *  - figures reported and labelled per article.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ExtractResult, Figure } from '../src/types';

/** One labelled key figure of a page. */
export interface FigureLabel {
  /** Exactly as written in the page. */
  text: string;
  /** Other wordings of the same figure in the page (a rounded headline figure, a repeated mention). */
  alt?: string[];
  /** 1 = a reader must see it, 2 = significant, 3 = minor but still a figure. */
  importance: 1 | 2 | 3;
  value?: number;
  unit?: string;
  kind?: string;
}

/** labels.json of one case. */
export interface FigureLabels {
  lang: string;
  about?: string;
  /** Kept aside for a final check, not for tuning. */
  heldOut?: boolean;
  /** The page, relative to the case folder (default page.html). */
  page?: string;
  /** CSS selector of the article region (default `article`). */
  region?: string;
  figures: FigureLabel[];
  /** Numbers in the article, as written, that must not be reported. */
  notKey: string[];
  /** Numbers in the page's furniture (outside the article), as written: never reported. */
  outside?: string[];
}

/** A case of the labelled set. */
export interface FigureCase {
  name: string;
  dir: string;
  html: string;
  labels: FigureLabels;
}

/** What a benchmark run reads a page with: the pipeline's `extractArticle`. */
export type Extract = (doc: Document, opts: { url?: string; win?: Window }) => ExtractResult;

/** Which cases to run. */
export type FigureSet = 'tuning' | 'heldout' | 'all';

/** One reported figure as scored. */
export interface ScoredFigure {
  text: string;
  rank: number;
  /** The label text it matched, if any. */
  label?: string;
  /** The non-key number it matched, if it matched no label. */
  notKey?: string;
  /** Its sentence is not in the article region, or it is a labelled number of the furniture. */
  outside: boolean;
}

/** The score of one case. */
export interface FigureRow {
  name: string;
  lang: string;
  heldOut: boolean;
  /** Why the page could not be read, if it could not. */
  error?: string;
  labelled: number;
  labelledImportance1: number;
  found: number;
  foundImportance1: number;
  /** Importance-1 labels found among the top figures (the first {@link TOP_FIGURES}, or as many as there are importance-1 labels). */
  topImportance1: number;
  /** Of the top {@link TOP_FIGURES} reported figures, those labelled importance 1 or 2. */
  topKey: number;
  /** How many figures were looked at for `topKey` (at most {@link TOP_FIGURES}). */
  topReported: number;
  reported: number;
  nonKeyReported: number;
  unlabelledReported: number;
  outside: number;
  /** Labels not found, with their importance. */
  missed: { text: string; importance: number }[];
  figures: ScoredFigure[];
  ms: number;
}

/** The numbers the targets are set on, over all cases run. */
export interface FigureSummary {
  cases: number;
  recallImportance1: number;
  recallAll: number;
  /** Importance-1 labels found among the top figures (the cards the popup shows first), over all importance-1 labels. */
  importance1InTop: number;
  /** Of the top figures reported, the share labelled importance 1 or 2. */
  topPrecision: number;
  /** Reported figures that are labelled non-key numbers, over all reported figures. */
  nonKeyShare: number;
  /** Reported figures that are neither labelled figures nor labelled non-key numbers. */
  unlabelledShare: number;
  /** Reported figures from outside the article (a count; the target is 0). */
  outsideArticle: number;
  figuresPerArticle: number;
  labelledPerArticle: number;
  importance1PerArticle: number;
  /** Median time of one extraction (whole pipeline), ms. */
  medianMs: number;
}

/** The targets of the labelled set. */
export const FIGURE_TARGETS = {
  recallImportance1: 0.95,
  recallAll: 0.85,
  nonKeyShare: 0.1,
  outsideArticle: 0,
} as const;

/** How many figures the popup shows before "show all": the ranking is judged on these. */
export const TOP_FIGURES = 6;

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
/** What may be left of a longer text beside the shorter one: words and at most a deadline year. */
const YEAR_ONLY = /^[^\p{Nd}]*(?<=[\p{L}.]\s)(?:1[89]|2[01])\d\d(?!\p{Nd})[^\p{Nd}]*$/u;

/** Whitespace of any kind as one space, trimmed. */
export function normalise(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** What is left of `long` around each whole-word occurrence of `short` (empty when none). */
function remainders(long: string, short: string): string[] {
  const found: string[] = [];
  if (!short) return found;
  for (let i = long.indexOf(short); i >= 0; i = long.indexOf(short, i + 1)) {
    const before = long[i - 1] ?? '';
    const after = long[i + short.length] ?? '';
    // A number's own edge: "5%" is not in "15%", "2024" is not in "2024–2028"'s start alone.
    if (WORD_CHAR.test(before) && WORD_CHAR.test(short[0] ?? '')) continue;
    if (WORD_CHAR.test(after) && WORD_CHAR.test(short[short.length - 1] ?? '')) continue;
    found.push(`${long.slice(0, i)} ${long.slice(i + short.length)}`.trim());
  }
  return found;
}

/** Whether a reported text and a labelled text name the same figure. */
export function sameFigureText(reported: string, labelled: string): boolean {
  const a = normalise(reported);
  const b = normalise(labelled);
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return remainders(long, short).some((rest) => !DIGIT.test(rest) || YEAR_ONLY.test(rest));
}

/** Whether a reported text is (or holds, or is part of) a labelled non-key number. */
export function isNotKeyText(reported: string, notKey: string): boolean {
  const a = normalise(reported);
  const b = normalise(notKey);
  return a === b || remainders(a, b).length > 0 || remainders(b, a).length > 0;
}

/** The labelled cases under `root` (tests/fixtures/figures), sorted by name. */
export function loadFigureCases(root: string): FigureCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'labels.json')))
    .map((d) => {
      const dir = path.join(root, d.name);
      const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as FigureLabels;
      const html = readFileSync(path.resolve(dir, labels.page ?? 'page.html'), 'utf8');
      return { name: d.name, dir, html, labels };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The cases of a set. */
export function selectCases(cases: readonly FigureCase[], set: FigureSet): FigureCase[] {
  if (set === 'all') return [...cases];
  return cases.filter((c) => Boolean(c.labels.heldOut) === (set === 'heldout'));
}

/** The text of the article region of a page, furniture marked outside taken out. */
function regionText(doc: Document, selector: string): string {
  const region = doc.querySelector(selector);
  if (!region) throw new Error(`no article region "${selector}"`);
  const copy = region.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[data-fixture="outside"]')) el.remove();
  return normalise(copy.textContent ?? '');
}

/**
 * Problems of a case's labels: label texts, alternatives and non-key numbers
 * that are not in the article region, and texts labelled twice.
 */
export function labelProblems(c: FigureCase): string[] {
  const dom = new JSDOM(c.html, { virtualConsole: new VirtualConsole() });
  try {
    const text = regionText(dom.window.document, c.labels.region ?? 'article');
    const page = normalise(dom.window.document.body.textContent ?? '');
    const problems: string[] = [];
    for (const t of c.labels.outside ?? []) {
      if (!page.includes(normalise(t))) problems.push(`outside "${t}" is not in the page`);
      if (text.includes(normalise(t))) problems.push(`outside "${t}" is in the article`);
    }
    const seen = new Set<string>();
    const texts = [...c.labels.figures.flatMap((f) => [f.text, ...(f.alt ?? [])]), ...c.labels.notKey];
    for (const t of texts) {
      if (!text.includes(normalise(t))) problems.push(`"${t}" is not in the article`);
      if (seen.has(t)) problems.push(`"${t}" is labelled twice`);
      seen.add(t);
    }
    for (const f of c.labels.figures) if (![1, 2, 3].includes(f.importance)) problems.push(`"${f.text}": importance ${f.importance}`);
    return problems;
  } finally {
    dom.window.close();
  }
}

/** Scores the figures Pith reported for one case. */
export function scoreFigures(c: FigureCase, figures: readonly Figure[], region: string): Omit<FigureRow, 'ms'> {
  const labels = c.labels.figures;
  const matches = (f: Figure, l: FigureLabel): boolean => [l.text, ...(l.alt ?? [])].some((t) => sameFigureText(f.text, t));
  const scored = figures.map((f): ScoredFigure => {
    const label = labels.find((l) => matches(f, l));
    const notKey = label ? undefined : c.labels.notKey.find((n) => isNotKeyText(f.text, n));
    const furniture = !label && (c.labels.outside ?? []).some((n) => isNotKeyText(f.text, n));
    return {
      text: f.text,
      rank: f.rank,
      ...(label && { label: label.text }),
      ...(notKey !== undefined && { notKey }),
      outside: furniture || !region.includes(normalise(f.sentence)),
    };
  });
  const foundLabels = labels.filter((l) => figures.some((f) => matches(f, l)));
  const importance1 = labels.filter((l) => l.importance === 1);
  const topRank = Math.max(TOP_FIGURES, importance1.length);
  const top = figures.filter((f) => f.rank <= TOP_FIGURES);
  const missed = labels.filter((l) => !foundLabels.includes(l)).map((l) => ({ text: l.text, importance: l.importance }));
  return {
    name: c.name,
    lang: c.labels.lang,
    heldOut: Boolean(c.labels.heldOut),
    labelled: labels.length,
    labelledImportance1: labels.filter((l) => l.importance === 1).length,
    found: foundLabels.length,
    foundImportance1: foundLabels.filter((l) => l.importance === 1).length,
    topImportance1: importance1.filter((l) => figures.some((f) => f.rank <= topRank && matches(f, l))).length,
    topKey: top.filter((f) => labels.some((l) => l.importance <= 2 && matches(f, l))).length,
    topReported: top.length,
    reported: figures.length,
    nonKeyReported: scored.filter((s) => s.notKey !== undefined).length,
    unlabelledReported: scored.filter((s) => !s.label && s.notKey === undefined).length,
    outside: scored.filter((s) => s.outside).length,
    missed,
    figures: scored,
  };
}

/** Reads one case with the pipeline and scores it. */
export function runFigureCase(c: FigureCase, extract: Extract): FigureRow {
  const url = `http://127.0.0.1/${c.name}/`;
  const dom = new JSDOM(c.html, { url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const region = regionText(doc, c.labels.region ?? 'article');
    const start = performance.now();
    const result = extract(doc, { url, win: dom.window as unknown as Window });
    const ms = performance.now() - start;
    const figures = result.ok ? result.article.figures : [];
    return { ...scoreFigures(c, figures, region), ...(!result.ok && { error: result.message }), ms };
  } finally {
    dom.window.close();
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** The summary of scored cases. */
export function summariseFigures(rows: readonly FigureRow[]): FigureSummary {
  const sum = (pick: (r: FigureRow) => number): number => rows.reduce((n, r) => n + pick(r), 0);
  const reported = sum((r) => r.reported);
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  return {
    cases: rows.length,
    recallImportance1: ratio(sum((r) => r.foundImportance1), sum((r) => r.labelledImportance1)),
    recallAll: ratio(sum((r) => r.found), sum((r) => r.labelled)),
    importance1InTop: ratio(sum((r) => r.topImportance1), sum((r) => r.labelledImportance1)),
    topPrecision: ratio(sum((r) => r.topKey), sum((r) => r.topReported)),
    nonKeyShare: ratio(sum((r) => r.nonKeyReported), reported),
    unlabelledShare: ratio(sum((r) => r.unlabelledReported), reported),
    outsideArticle: sum((r) => r.outside),
    figuresPerArticle: ratio(reported, rows.length),
    labelledPerArticle: ratio(sum((r) => r.labelled), rows.length),
    importance1PerArticle: ratio(sum((r) => r.labelledImportance1), rows.length),
    medianMs: ms[Math.floor(ms.length / 2)] ?? 0,
  };
}

/** Runs the labelled set (or part of it) through `extract`. */
export function runFigureBench(opts: { root: string; extract: Extract; set?: FigureSet }): {
  summary: FigureSummary;
  rows: FigureRow[];
} {
  const rows = selectCases(loadFigureCases(opts.root), opts.set ?? 'tuning').map((c) => runFigureCase(c, opts.extract));
  return { summary: summariseFigures(rows), rows };
}
