// The newsroom's locale-aware links, through Next's client router; the reading site links with
// plain anchors (components/ui/site-link.tsx). Only Link is needed, and it is our own (see
// link.client.tsx): next-intl's createNavigation ships its client Link, and with it the ICU message
// formatter, to every page that imports it. Server redirects use pathTo from lib/url-paths.ts.
export { Link } from './link.client';
