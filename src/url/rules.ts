/**
 * Data tables for cleaning URLs: query parameters that only track a visit or a
 * click. One place for the saved-page ids (src/storage) and related-post links
 * (src/related): a new tracking parameter is a one-line change.
 */

/** Query parameters starting with one of these (lower-cased) only track: utm_source, pk_campaign… */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hsa_', 'oly_', 'vero_'];

/** Query parameters (lower-cased) that only track: ad click ids, newsletter ids, analytics, referrers. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  's_cid',
  'ref',
  'source',
  'ref_src',
  'ref_url',
  'ocid',
  'cmpid',
  'spm',
  'xtor',
  'at_medium',
  'at_campaign',
  'relatedposts_hit',
  'relatedposts_origin',
  'relatedposts_position',
]);
