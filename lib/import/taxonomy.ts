import { INVITE_DAYS, inviteKey, newInviteToken, type StoredInvite } from '@/lib/users/invites';
import { checksumOf, findImported, inTransaction, markImported, saveRedirects, type ImportContext } from './context';
import { normalizeLegacyPath } from './legacy-paths';
import { count, note } from './report';
import { importedSlug } from './slugs';
import { textOf, type XmlNode } from './xml-tree';

// Categories become sections, tags tags, WordPress users author profiles. The product's sections
// are flat, so nested categories are flattened: each becomes a section of its own, and both
// /category/parent/child/ and /category/child/ redirect to it. A section, tag or author that
// already exists with the same slug is reused rather than duplicated.

type TermModel = 'section' | 'tag' | 'author';
type Term = { kind: 'category' | 'tag' | 'author'; model: TermModel; wpId: string; slug: string; name: string; description: string; keys: string[] };

async function importTerm(context: ImportContext, term: Term): Promise<number> {
  const { report } = context;
  const checksum = checksumOf(term);
  const existing = findImported(context, term.kind, term.wpId);
  if (existing && existing.checksum === checksum) {
    count(report, term.kind, 'unchanged');
    return existing.targetId;
  }
  count(report, term.kind, existing ? 'updated' : 'imported');
  if (context.dryRun) return existing?.targetId ?? 0;
  return inTransaction(context, async (tx) => {
    let id = existing?.targetId;
    if (term.model === 'section') {
      const data = { name: term.name, description: term.description };
      id ??= (await tx.section.findUnique({ where: { slug: term.slug }, select: { id: true } }))?.id;
      id = id
        ? (await tx.section.update({ where: { id }, data, select: { id: true } })).id
        : (await tx.section.create({ data: { ...data, slug: term.slug, locale: context.locale }, select: { id: true } })).id;
    } else if (term.model === 'tag') {
      id ??= (await tx.tag.findUnique({ where: { slug: term.slug }, select: { id: true } }))?.id;
      id = id
        ? (await tx.tag.update({ where: { id }, data: { name: term.name }, select: { id: true } })).id
        : (await tx.tag.create({ data: { slug: term.slug, name: term.name, locale: context.locale }, select: { id: true } })).id;
    } else {
      id ??= (await tx.author.findUnique({ where: { slug: term.slug }, select: { id: true } }))?.id;
      const data = { name: term.name, bio: term.description };
      id = id
        ? (await tx.author.update({ where: { id }, data, select: { id: true } })).id
        : (await tx.author.create({ data: { ...data, slug: term.slug }, select: { id: true } })).id;
    }
    await saveRedirects(tx, context, term.keys, term.model, id);
    await markImported(tx, context, term.kind, term.wpId, id, checksum);
    return id;
  });
}

export async function importCategory(context: ImportContext, node: XmlNode): Promise<void> {
  const nicename = normalizeLegacyPath(textOf(node, 'wp:category_nicename')) ?? '';
  const name = textOf(node, 'wp:cat_name') || nicename;
  const parents = context.categoryParents;
  const parent = normalizeLegacyPath(textOf(node, 'wp:category_parent')) ?? '';
  if (parent) parents.set(nicename, parent);
  const chain = [nicename];
  for (let up = parents.get(nicename); up && chain.length < 10; up = parents.get(up)) chain.unshift(up);
  const keys = [...new Set([`category/${chain.join('/')}`, `category/${nicename}`])];
  const id = await importTerm(context, {
    kind: 'category', model: 'section', wpId: textOf(node, 'wp:term_id') || nicename,
    slug: importedSlug(nicename, name), name, description: textOf(node, 'wp:category_description'), keys,
  });
  context.sections.set(nicename, id);
}

export async function importTag(context: ImportContext, node: XmlNode): Promise<void> {
  const slug = normalizeLegacyPath(textOf(node, 'wp:tag_slug')) ?? '';
  const name = textOf(node, 'wp:tag_name') || slug;
  const id = await importTerm(context, {
    kind: 'tag', model: 'tag', wpId: textOf(node, 'wp:term_id') || slug,
    slug: importedSlug(slug, name), name, description: '', keys: [`tag/${slug}`],
  });
  context.tags.set(slug, id);
}

export async function importAuthor(context: ImportContext, node: XmlNode): Promise<void> {
  const login = textOf(node, 'wp:author_login');
  const name = textOf(node, 'wp:author_display_name') || login;
  const slug = importedSlug(login, name);
  const id = await importTerm(context, {
    kind: 'author', model: 'author', wpId: textOf(node, 'wp:author_id') || login,
    slug, name, description: '', keys: [`author/${normalizeLegacyPath(login) ?? slug}`, `author/${slug}`],
  });
  context.authors.set(login, id);
  if (context.users) await inviteAuthor(context, textOf(node, 'wp:author_id') || login, name, textOf(node, 'wp:author_email').toLowerCase());
}

/** A term a post names that the export's header did not list (older exporters omit unused ones). */
export async function ensureTerm(context: ImportContext, kind: 'category' | 'tag' | 'author', wpKey: string, name: string): Promise<number> {
  // Posts name terms by their percent-encoded slug, the header by the same: compare decoded.
  const key = kind === 'author' ? wpKey : (normalizeLegacyPath(wpKey) ?? wpKey);
  const map = kind === 'category' ? context.sections : kind === 'tag' ? context.tags : context.authors;
  const known = map.get(key);
  if (known !== undefined) return known;
  const slug = importedSlug(key, name);
  const model: TermModel = kind === 'category' ? 'section' : kind;
  const prefix = kind === 'category' ? 'category' : kind;
  const id = await importTerm(context, { kind, model, wpId: key, slug, name, description: '', keys: [`${prefix}/${normalizeLegacyPath(key) ?? slug}`] });
  map.set(key, id);
  return id;
}

// Staff accounts are never created with a password: each WordPress user gets an invitation,
// and sets a password of their own through its link.
async function inviteAuthor(context: ImportContext, wpId: string, name: string, email: string): Promise<void> {
  const { report } = context;
  if (!email || context.invitedEmails.has(email)) return count(report, 'invite', 'unchanged');
  if (await context.db.user.findUnique({ where: { email }, select: { id: true } })) {
    count(report, 'invite', 'skipped');
    return note(report, { kind: 'invite', id: wpId, title: name, reason: 'accountExists', detail: email });
  }
  if (context.invitedById === null) {
    count(report, 'invite', 'skipped');
    return note(report, { kind: 'invite', id: wpId, title: name, reason: 'noAdmin', detail: email });
  }
  count(report, 'invite', 'imported');
  context.invitedEmails.add(email);
  if (context.dryRun) return;
  const token = newInviteToken();
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString();
  const stored: StoredInvite = { email, name, role: 'author', invitedById: context.invitedById, expiresAt };
  await context.db.setting.create({ data: { key: inviteKey(token), value: JSON.stringify(stored) } });
  report.invites.push({ email, token });
}
