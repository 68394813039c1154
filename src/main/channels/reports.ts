import type { ProgramReport } from '../../shared/reports';
import type { SavedFile } from '../../shared/roster';
import { programReportPdf } from '../documents/pdf/program-report-pdf';
import { renderPdf } from '../documents/pdf/render-pdf';
import { saveThroughDialog } from '../documents/save-through-dialog';
import type { Dialogs } from '../files/dialogs';
import { AppError } from '../errors';
import { dashboard } from '../domains/reports/dashboard';
import { reportFileName } from '../domains/reports/program-report';
import { summaryFor } from '../domains/reports/as-it-stood';
import { candidatesNow } from '../domains/selection/queries';
import type { Candidate } from '../../shared/selection';
import { teamOf, type BindingsOf, type ChannelContext } from './channel';

/** The candidates on the day of this call, derived once until the next write. */
const candidatesOf = ({ store, today }: ChannelContext): Candidate[] => candidatesNow(store, today);

/** The summary in a PDF, where main's dialog says; the report is made first: its months name the file. */
function saveReport(dialogs: Dialogs, report: ProgramReport): Promise<SavedFile> {
  return saveThroughDialog(dialogs, { title: 'Save the statistical summary', defaultName: reportFileName(report), extensions: ['pdf'] }, () => renderPdf(programReportPdf(report)));
}

/**
 * The summary printed as the same PDF, in the system's print dialog: what the Chief receives on
 * paper is exactly the saved document, never a print of the screen.
 */
async function printReport(dialogs: Dialogs, report: ProgramReport): Promise<{ printed: boolean }> {
  if (!dialogs.printPdf) throw new AppError('conflict', 'Printing is not available here: save the PDF and print it.');
  return { printed: await dialogs.printPdf(await renderPdf(programReportPdf(report)), reportFileName(report)) };
}

/** The Chief's summaries (§3.E, §6) and the Coordinator's dashboard. */
export const reportBindings: BindingsOf<'reports' | 'dashboard'> = {
  'reports.monthly': (input, ctx) => summaryFor(ctx.store, ctx.today, input),
  'reports.period': (input, ctx) => summaryFor(ctx.store, ctx.today, input),
  'reports.saveMonthly': (input, ctx) => saveReport(ctx.dialogs, summaryFor(ctx.store, ctx.today, input)),
  'reports.savePeriod': (input, ctx) => saveReport(ctx.dialogs, summaryFor(ctx.store, ctx.today, input)),
  'reports.printMonthly': (input, ctx) => printReport(ctx.dialogs, summaryFor(ctx.store, ctx.today, input)),
  'reports.printPeriod': (input, ctx) => printReport(ctx.dialogs, summaryFor(ctx.store, ctx.today, input)),
  'dashboard.today': (_input, ctx) => dashboard(ctx.store, ctx.clock(), teamOf(ctx), candidatesOf(ctx)),
};
