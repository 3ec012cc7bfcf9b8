/** Query parameters that track a click rather than name a page. Removed by canonical-url.ts. */
export const TRACKING_PARAM_PREFIXES = ['utm_', 'mc_', 'pk_', 'hsa_', 'ga_', '_hs', 'trk', 'li_'];

export const TRACKING_PARAMS = new Set([
  'gclid', 'gclsrc', 'dclid', 'fbclid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'wbraid', 'gbraid',
  'mkt_tok', 'mc_cid', 'mc_eid', '_ga', '_gl', 'ref', 'ref_src', 'referrer', 'refid', 'trackingid',
  'trk', 'trkinfo', 'lipi', 'midtoken', 'midsig', 'eid', 'originalsubdomain', 'original_referer',
  'src', 'source', 'sourceid', 'source_id', 'gh_src', 'lever-source', 'lever-origin', 'from', 'tk', 'vjs',
  'advn', 'adid', 'ad', 'campaignid', 'cmp', 'sid', 'spa', 'iris', 'feature', 'position', 'pagenum',
  'searchid', 'search_id', 'alid', 'ebp', 'ebpstate', 'sc', 'gl', 'hl', 'cf-turnstile', 'sjdu', 'acatk',
  'pub', 'xkcb', 'camk', 'jsa', 'jrtk', 'xpse', 'xfps', 'fccid', 'cmpratingc', 'jt', 'fromjk',
]);
