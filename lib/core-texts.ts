/**
 * The pure core (src/) reports in English, for the CLI: failure reasons,
 * the removals report, storage failures. Pages show those in the reader's
 * language by their stable identifiers — the failure reason, the stage and
 * label of a removal, the storage error code — through the `core…` keys of
 * locales/<lang>/core.json. Anything without an identifier is shown as given.
 */
import { FURNITURE_LABELS } from '../src/furniture/rules';
import { LEAD_LABELS } from '../src/lead/rules';
import { REPORT_PHRASES } from '../src/pipeline/report';
import { TRIM_LABELS } from '../src/trim/rules';
import type { ErrorCode, Failure } from '../src/storage/types';
import type { FailReason, Removal } from '../src/types';
import { UNPROTECT_LABELS } from '../src/unprotect/rules';
import { formatNumber, t, tn } from './i18n';

/** The key of each failure reason's sentence. */
export const FAILURE_KEYS: Readonly<Record<FailReason, string>> = {
  restricted: 'coreFailRestricted',
  'not-article': 'coreFailNotArticle',
  empty: 'coreFailEmpty',
  'too-large': 'coreFailTooLarge',
  error: 'coreFailError',
};

/** The sentence telling the reader why a page cannot be read. */
export function failureText(reason: FailReason): string {
  return t(FAILURE_KEYS[reason]);
}

/** The key of each stage's heading in the removals report. */
export const REMOVAL_HEADING_KEYS: Readonly<Record<string, string>> = {
  unprotect: 'coreRemovedUnprotect',
  furniture: 'coreRemovedFurniture',
  related: 'coreRemovedRelated',
  trim: 'coreRemovedTrim',
  rejoin: 'coreRemovedRejoin',
};

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The key of each removal label, by stage: `coreUnprotect<Name>` from the names of the src/ label tables. */
export const REMOVAL_LABEL_KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  unprotect: Object.fromEntries(Object.entries(UNPROTECT_LABELS).map(([name, label]) => [label, `coreUnprotect${capitalised(name)}`])),
  furniture: Object.fromEntries(Object.entries(FURNITURE_LABELS).map(([name, label]) => [label, `coreFurniture${capitalised(name)}`])),
  related: { 'related-posts block': 'coreRelatedBlock' },
  trim: Object.fromEntries(Object.entries(TRIM_LABELS).map(([name, label]) => [label, `coreTrim${capitalised(name)}`])),
  rejoin: Object.fromEntries(Object.entries(LEAD_LABELS).map(([name, label]) => [label, `coreRejoin${capitalised(name)}`])),
};

/** One removal as the report names it: counted ("3 decoy spans"), a kind ("selection block"), or "N × label". */
function removalPhrase({ stage, what, count }: Removal): string {
  const key = REMOVAL_LABEL_KEYS[stage]?.[what];
  const phrases = REPORT_PHRASES[stage];
  if (key && phrases?.plurals[what] !== undefined) return tn(key, count);
  const label = key ? t(key) : what;
  if (phrases?.kinds.has(what)) return label;
  return count > 1 ? t('coreRemovedTimes', [formatNumber(count), label]) : label;
}

/**
 * The removals report in the reader's language, one line per stage
 * ("Copy protection removed: selection block, 1 alert message"); in English
 * the same lines as src/pipeline/report.ts `describeRemovals`.
 */
export function removalLines(removals: readonly Removal[]): string[] {
  const byStage = new Map<string, string[]>();
  for (const r of removals) byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), removalPhrase(r)]);
  return [...byStage].map(([stage, parts]) => {
    const headingKey = REMOVAL_HEADING_KEYS[stage];
    return t('coreRemovalsLine', [headingKey ? t(headingKey) : stage, parts.join(', ')]);
  });
}

/** What a storage failure is about, which decides its sentence. */
export type FailureSubject = 'article' | 'links' | 'settings';

/** The key of a storage failure's sentence, by subject and error code; codes not listed carry details and show as given. */
export const STORAGE_FAILURE_KEYS: Readonly<Record<FailureSubject, Partial<Record<ErrorCode, string>>>> = {
  article: { full: 'coreFullArticle', 'not-found': 'coreGoneArticle' },
  links: { full: 'coreFullLinks', 'not-found': 'coreGoneLink' },
  settings: { full: 'coreFullSettings' },
};

/**
 * A storage failure in the reader's language, by its code; `subs` fill the
 * sentence's placeholders (the limit of unlocked sites). Failures that carry
 * the browser's own error text ('error', 'corrupt') are shown as given.
 */
export function storageFailureText(failure: Failure, subject: FailureSubject, subs: readonly (string | number)[] = []): string {
  const key = STORAGE_FAILURE_KEYS[subject][failure.code];
  return key ? t(key, subs) : failure.message;
}
