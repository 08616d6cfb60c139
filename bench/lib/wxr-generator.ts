import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

// Writes a synthetic WordPress export the size of a real news archive: Arabic posts in nested
// categories with tags, two authors' worth of bylines and threaded comments. Streamed to disk.

const PARAGRAPH = 'أعلنت الحكومة المغربية اليوم عن برنامج جديد لدعم المقاولات الصغيرة في جهات المملكة، ويهدف البرنامج إلى خلق فرص شغل للشباب.';

export async function writeWxr(file: string, posts: number, commentsPerPost: number): Promise<number> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>أرشيف</title><language>ar</language><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example.ma</wp:base_site_url>
`);
  for (let a = 1; a <= 10; a++) {
    await write(`<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login><![CDATA[writer${a}]]></wp:author_login><wp:author_email><![CDATA[w${a}@bench.example.ma]]></wp:author_email><wp:author_display_name><![CDATA[كاتب ${a}]]></wp:author_display_name></wp:author>\n`);
  }
  for (let c = 1; c <= 20; c++) {
    await write(`<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename><![CDATA[section-${c}]]></wp:category_nicename><wp:category_parent><![CDATA[${c > 10 ? `section-${c - 10}` : ''}]]></wp:category_parent><wp:cat_name><![CDATA[قسم ${c}]]></wp:cat_name></wp:category>\n`);
  }
  const enc = (text: string) => encodeURIComponent(text).toLowerCase();
  let comments = 0;
  for (let id = 1; id <= posts; id++) {
    const day = new Date(Date.UTC(2015, 0, 1) + id * 3_600_000);
    const gmt = day.toISOString().slice(0, 19).replace('T', ' ');
    const local = new Date(day.getTime() + 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    let thread = '';
    for (let k = 1; k <= commentsPerPost; k++) {
      const cid = id * 10 + k;
      comments += 1;
      thread += `<wp:comment><wp:comment_id>${cid}</wp:comment_id><wp:comment_author><![CDATA[قارئ ${k}]]></wp:comment_author><wp:comment_author_email>r${k}@example.ma</wp:comment_author_email><wp:comment_date>${local}</wp:comment_date><wp:comment_date_gmt>${gmt}</wp:comment_date_gmt><wp:comment_content><![CDATA[تعليق رقم ${k} على الخبر]]></wp:comment_content><wp:comment_approved>${k % 3 ? 1 : 0}</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${k > 1 ? cid - 1 : 0}</wp:comment_parent></wp:comment>`;
    }
    await write(`<item><title><![CDATA[خبر رقم ${id} عن الاقتصاد]]></title><dc:creator><![CDATA[writer${(id % 10) + 1}]]></dc:creator>
<content:encoded><![CDATA[${PARAGRAPH}\n\n${PARAGRAPH} ${id}\n\n<strong>${PARAGRAPH}</strong>]]></content:encoded><excerpt:encoded><![CDATA[ملخص ${id}]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>${local}</wp:post_date><wp:post_date_gmt>${gmt}</wp:post_date_gmt><wp:post_modified>${local}</wp:post_modified><wp:post_modified_gmt>${gmt}</wp:post_modified_gmt>
<wp:post_name><![CDATA[${enc(`خبر-${id}`)}]]></wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="section-${(id % 20) + 1}"><![CDATA[قسم]]></category><category domain="post_tag" nicename="tag-${id % 200}"><![CDATA[وسم ${id % 200}]]></category>
${thread}</item>
`);
  }
  await write('</channel></rss>\n');
  out.end();
  await once(out, 'finish');
  return comments;
}
