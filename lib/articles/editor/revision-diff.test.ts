import { describe, expect, it } from 'vitest';
import { compareVersions } from './revision-diff';

describe('compareVersions', () => {
  it('marks the Arabic words added and removed in title and body text', () => {
    const diff = compareVersions(
      { title: 'الحكومة تعلن الميزانية', dek: '', body: '<p>نص <strong>قديم</strong> هنا</p>' },
      { title: 'الحكومة تعلن الميزانية الجديدة', dek: '', body: '<p>نص جديد هنا</p>' },
    );
    expect(diff.title.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual(['الجديدة']);
    expect(diff.body.filter((part) => part.change === 'removed').map((part) => part.text)).toEqual(['قديم']);
    expect(diff.body.filter((part) => part.change === 'added').map((part) => part.text)).toEqual(['جديد']);
    expect(diff.dek).toEqual([]);
  });
});
