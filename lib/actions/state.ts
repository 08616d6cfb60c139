// The one result type of every form Server Action, shared by the actions and the client forms.

export type ActionState = {
  status: 'idle' | 'saved' | 'error';
  message: string;
  fieldErrors: Record<string, string>;
  /** The article's slug after a save (the editor shows the public link). */
  slug?: string;
  savedAt?: string;
  /** When the browser got this answer, to show whichever of save and autosave came last. */
  at?: number;
  /** A one-time link to hand over (invitation, password reset). */
  link?: string;
};

export const idleActionState: ActionState = { status: 'idle', message: '', fieldErrors: {} };
