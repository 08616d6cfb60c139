import { formatMessage } from '@/i18n/format-message';
import type { ImportReport } from '@/lib/import/report';
import { OUTCOMES, RECORD_KINDS } from '@/lib/import/report';

/** The report's own texts, and the names of its record kinds, outcomes, reasons and problems by code. */
export type ReportLabels = Record<'kind' | 'notes' | 'notesLeftOut' | 'fatal', string> &
  Record<'kinds' | 'outcomes' | 'reasons' | 'problems', Record<string, string>>;

/** The import's counts per kind and its notes, in the reader's language. */
export function ImportReportView({ report, labels, formatLocale }: { report: ImportReport; labels: ReportLabels; formatLocale: string }) {
  const number = new Intl.NumberFormat(formatLocale);
  const kinds = RECORD_KINDS.filter((kind) => OUTCOMES.some((outcome) => report.counts[kind][outcome] > 0));
  return (
    <div className="flex flex-col gap-4">
      {report.fatal && (
        <p role="alert" className="text-red-700">
          {labels.fatal} {labels.problems[report.fatal.problem]} {report.fatal.after && <bdi dir="auto">({report.fatal.after})</bdi>}
        </p>
      )}
      <table className="w-full text-start">
        <thead>
          <tr>
            <th scope="col" className="text-start">{labels.kind}</th>
            {OUTCOMES.map((outcome) => (
              <th key={outcome} scope="col" className="text-start">{labels.outcomes[outcome]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row" className="text-start">{labels.kinds[kind]}</th>
              {OUTCOMES.map((outcome) => (
                <td key={outcome}>{number.format(report.counts[kind][outcome])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {report.notes.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-bold">{labels.notes}</h2>
          <ul className="flex flex-col gap-1">
            {report.notes.map((entry, index) => (
              <li key={index}>
                {labels.kinds[entry.kind]} <bdi>#{entry.id}</bdi> «<bdi>{entry.title}</bdi>»: {labels.reasons[entry.reason]}
                {entry.detail && (
                  <>
                    {' '}
                    (<bdi dir="ltr">{entry.detail}</bdi>)
                  </>
                )}
              </li>
            ))}
          </ul>
          {report.notesLeftOut > 0 && <p>{formatMessage(formatLocale, labels.notesLeftOut, { count: number.format(report.notesLeftOut) })}</p>}
        </section>
      )}
    </div>
  );
}
