export { AdminListSkeleton as default } from '@/components/admin/list-skeleton';
