import type { Messages } from 'next-intl';

/** The editor's strings, translated on the server and handed to the client leaves. */
export type EditorLabels = Messages['ArticleEditor'];
