import type { ReactNode } from 'react';

export const metadata = { title: 'أرضية الإطار', description: 'صفحة فارغة تقاس بها صفحات الموقع.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body>{children}</body>
    </html>
  );
}
