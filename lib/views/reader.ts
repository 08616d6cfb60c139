import 'server-only';
import { hashAddress } from '@/lib/security/client-address';
import { getDailySalt } from './salt';

/**
 * Who is reading, without cookies and without keeping the address: a hash of the network
 * address and user agent under today's salt. The article id makes it one key per reader per article.
 */
export async function readerKey(address: string, userAgent: string, articleId: number, now = new Date()): Promise<string> {
  const salt = await getDailySalt(now);
  return `${hashAddress(`${address}\n${userAgent}`, salt).slice(0, 40)}:${articleId}`;
}
