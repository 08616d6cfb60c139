import type messages from '@/messages/ar.json';

/** The editor's strings, translated on the server and handed to the client leaves. */
export type EditorLabels = (typeof messages)['ArticleEditor'];
