import { expect, it } from 'vitest';
import { getHomeFront } from '@/lib/articles/home';
import { db } from '@/lib/db';
import { photoSrcSets } from './photos';
import { uploadSrcSets } from './responsive';

// A writer's photo is stored by address; its width, which names its copies, comes from the library.
it('gives an uploaded writer photo its copies, read from the media library, and other addresses none', async () => {
  const upload = '/media/aabbccddeeff001122334455.jpg';
  await db.media.create({ data: { fileName: 'aabbccddeeff001122334455.jpg', mime: 'image/jpeg', width: 1600, height: 1600, bytes: 1 } });
  const small = '/media/00112233445566778899aabb.png';
  await db.media.create({ data: { fileName: '00112233445566778899aabb.png', mime: 'image/png', width: 200, height: 200, bytes: 1 } });

  const sets = await photoSrcSets([upload, small, '/demo/writer.svg', 'https://example.com/media/aabbccddeeff001122334455.jpg', null, upload]);
  expect([...sets.keys()]).toEqual([upload]);
  expect(sets.get(upload)).toEqual(uploadSrcSets(upload, 1600));

  // The home page's opinion rail carries them.
  const section = await db.section.create({ data: { slug: 'ray', name: 'رأي', locale: 'ar' } });
  const author = await db.author.create({ data: { slug: 'souad', name: 'سعاد العلوي', photoUrl: upload } });
  const column = await db.article.create({
    data: { locale: 'ar', slug: 'column', title: 'عمود', body: '<p>نص</p>', kind: 'opinion', status: 'published', publishedAt: new Date(Date.now() - 60_000), sectionId: section.id },
  });
  await db.articleAuthor.create({ data: { articleId: column.id, authorId: author.id } });
  const front = await getHomeFront('ar', 6);
  expect(front.opinion[0]?.author?.photoSrcSets).toEqual(uploadSrcSets(upload, 1600));
});
