// Links shared on social networks and in newsletters carry parameters for the sender's analytics
// (utm_*, fbclid, ...). They never change a page, yet each reader's link carries its own value:
// left in the URL, every such reader would miss nginx's and the front cache's copy and cost Next a
// render, and Next writes the URL it rendered for (query included) into the flight data of the page
// it keeps for everyone, so one reader's click or newsletter id would be sent to every other. The
// server drops them before anything reads the URL (server.ts); the reader's address bar keeps
// them, except across a redirect (to the edition, or to a moved article's new address). nginx keys
// its copies without them too (deploy/nginx/render.ts reads this list).
// Written here: the rule is a list and one filter, which no package makes shorter.

/** Parameters that name a click or a campaign, never content. */
export const TRACKING_PARAMS = ['fbclid', 'gclid', 'gbraid', 'wbraid', 'dclid', 'msclkid', 'twclid', 'ttclid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl'];
/** Families of them: utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id... */
export const TRACKING_PREFIXES = ['utm_'];

export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.includes(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** The URL without tracking parameters; the rest of its query string as written, in its order. */
export function withoutTrackingParams(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const kept = url
    .slice(mark + 1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(pair.split('=', 1)[0]!));
  return kept.length ? `${url.slice(0, mark)}?${kept.join('&')}` : url.slice(0, mark);
}
