// Locale-aware navigation. Only Link is needed, and it is our own (see link.client.tsx): importing
// next-intl's createNavigation anywhere in the public pages' module graph ships its client Link,
// and with it the ICU message formatter, to every reader. Server redirects use pathTo from lib/url-paths.ts.
export { Link } from './link.client';
