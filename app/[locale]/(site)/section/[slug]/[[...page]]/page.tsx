import { listingRoute } from '@/components/articles/listing-route';

const route = listingRoute('section');

export const revalidate = 600;

// No page is built ahead: each is rendered on its first request, then cached.
export function generateStaticParams() {
  return [];
}

export const generateMetadata = route.generateMetadata;

export default route.Page;
