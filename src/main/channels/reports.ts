import type { ProgramReport, ReportRequest } from '../../shared/reports';
import type { SavedFile } from '../../shared/roster';
import { programReportPdf } from '../documents/pdf/program-report-pdf';
import { renderPdf } from '../documents/pdf/render-pdf';
import type { Clock } from '../clock';
import type { Dialogs } from '../files/dialogs';
import { dashboard } from '../domains/reports/dashboard';
import { programReport } from '../domains/reports/program-report';
import type { Session } from '../session/session';
import { saveThroughDialog } from '../documents/save-through-dialog';
import type { BindingsOf } from './channel';

export function reportFileName(report: Pick<ProgramReport, 'from' | 'to'>): string {
  return report.from === report.to ? `peer-support-summary-${report.from}.pdf` : `peer-support-summary-${report.from}-to-${report.to}.pdf`;
}

async function saveReport(session: Session, clock: Clock, dialogs: Dialogs, request: ReportRequest): Promise<SavedFile> {
  const report = programReport(session, clock, request);
  return saveThroughDialog(dialogs, { title: 'Save the statistical summary', defaultName: reportFileName(report), extensions: ['pdf'] }, () => renderPdf(programReportPdf(report)));
}

/** The Chief's summaries (§3.E, §6) and the Coordinator's dashboard. */
export const reportHandlers: BindingsOf<'reports' | 'dashboard'> = {
  'reports.monthly': (input, { session, clock }) => programReport(session, clock, input),
  'reports.period': (input, { session, clock }) => programReport(session, clock, input),
  'reports.saveMonthly': (input, { session, clock, dialogs }) => saveReport(session, clock, dialogs, input),
  'reports.savePeriod': (input, { session, clock, dialogs }) => saveReport(session, clock, dialogs, input),
  'dashboard.today': (_input, { session, clock }) => dashboard(session, clock),
};
