import { randomBytes } from 'node:crypto';

// Reset links: a random token shown once to the admin who made it (there is no mail to send it
// by); the database keeps only its SHA-256, so a leaked table opens no account.
export const RESET_HOURS = 24;
export const newResetToken = () => randomBytes(32).toString('base64url');
/** Tokens are 43 characters; other lengths are not looked up at all. */
export const isResetTokenShape = (token: string) => token.length >= 20 && token.length <= 100;
