import 'server-only';
import { hashAddress } from '@/lib/security/client-address';
import { getDailySalt } from './salt';

/**
 * Who is reading, without cookies and without keeping the address: a hash of the network
 * address under today's salt. The article id makes it one key per reader per article. The user
 * agent is left out on purpose: any client can change it on each request, and it would count
 * each change as a new reader.
 */
export async function readerKey(address: string, articleId: number, now = new Date()): Promise<string> {
  const salt = await getDailySalt(now);
  return `${hashAddress(address, salt).slice(0, 40)}:${articleId}`;
}
