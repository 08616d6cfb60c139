'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { ImportJob } from '@/lib/import/jobs';
import { ImportReportView, type ReportLabels } from './import-report';
import { buttonClass } from '@/components/ui/button';

type Labels = ReportLabels & {
  file: string;
  dryRun: string;
  submit: string;
  progress: string;
  running: string;
  done: string;
  doneDry: string;
  failed: string;
  uploadFailed: string;
};

const POLL_MS = 1000;

/** Uploads an export, then follows the import's progress until its report is in. */
export function ImportPanel({ locale, formatLocale, initialJob, labels }: { locale: string; formatLocale: string; initialJob: ImportJob | null; labels: Labels }) {
  const [job, setJob] = useState<ImportJob | null>(initialJob);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const running = sending || job?.state === 'running';
  const number = new Intl.NumberFormat(formatLocale);

  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/admin/import?locale=${locale}`, { cache: 'no-store' }).catch(() => null);
      if (response?.ok) setJob(((await response.json()) as { job: ImportJob | null }).job);
      else setJob({ ...job });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, locale]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    setSending(true);
    const response = await fetch(`/api/admin/import?locale=${locale}`, { method: 'POST', body: new FormData(event.currentTarget) }).catch(() => null);
    setSending(false);
    if (!response || response.status !== 202) {
      setError(((await response?.json().catch(() => null)) as { error?: string } | null)?.error ?? labels.uploadFailed);
      return;
    }
    setJob({ state: 'running', fileName: '', dryRun: false, done: 0, total: 0, startedAt: new Date().toISOString(), report: null });
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={submit} className="flex flex-col gap-3" aria-describedby="import-error">
        <label className="flex flex-col gap-1">
          <span className="font-bold">{labels.file}</span>
          <input type="file" name="file" accept=".xml,application/xml,text/xml" required disabled={running} />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="dryRun" disabled={running} />
          {labels.dryRun}
        </label>
        <button type="submit" disabled={running} className={buttonClass('primary', 'self-start')}>
          {labels.submit}
        </button>
        <p id="import-error" role="alert" className="text-red-700">
          {error}
        </p>
      </form>
      <div aria-live="polite">
        {job?.state === 'running' && (
          <div className="flex flex-col gap-2">
            <p>{labels.running}</p>
            <progress className="w-full" max={Math.max(job.total, 1)} value={job.done} aria-label={labels.progress} />
            <p>
              {number.format(job.done)} / {number.format(job.total)}
            </p>
          </div>
        )}
        {job?.state === 'failed' && <p role="alert">{labels.failed}</p>}
        {job?.state === 'done' && job.report && (
          <div className="flex flex-col gap-3">
            <p className="font-bold">{job.report.dryRun ? labels.doneDry : labels.done}</p>
            <ImportReportView report={job.report} labels={labels} formatLocale={formatLocale} />
          </div>
        )}
      </div>
    </div>
  );
}
