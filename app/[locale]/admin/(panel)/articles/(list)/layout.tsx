import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { requireStaffPage } from '@/lib/auth/guard';
import { canWriteArticles } from '@/lib/auth/permissions';

// The access check runs here, outside the list's loading boundary, so a refused reader gets a
// real 404 status (the page checks again with the data it reads).
export default async function ArticleListLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!canWriteArticles(await requireStaffPage(locale))) notFound();
  return children;
}
