import type { Migration } from './migration';

/** The tables whose records can be voided (written out: this migration never changes). */
const voidable = ['incidents', 'interventions', 'deployments', 'overtime_requests', 'exception_notices', 'training_sessions', 'recruitment_rounds'];

/**
 * Every record that feeds a list, the Chief's report, the dashboard or an export can be
 * corrected; one entered in error is voided, not deleted, so that the audit log can explain
 * a figure that changed (§3.E: the Coordinator reviews the statistics monthly). A voided row
 * keeps when it was voided, by whom (the store's role, never a name) and why (a code from a
 * fixed list — never free text, §5, §6), and is left out of everything PeerDesk shows.
 *
 * §3.B, §9: a deployment's overtime request that is voided no longer holds the deployment's
 * one request: the unique index counts live requests only, so a corrected deployment may ask
 * again.
 */
export const addRecordCorrections: Migration = {
  version: 13,
  name: 'add-record-corrections',
  up(db) {
    for (const table of voidable) {
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN voided_at TEXT CHECK (voided_at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z');
        ALTER TABLE ${table} ADD COLUMN voided_by TEXT CHECK (voided_by IN ('coordinator', 'cli'));
        ALTER TABLE ${table} ADD COLUMN void_reason TEXT CHECK (void_reason IN ('entered-in-error', 'duplicate', 'wrong-details', 'late-information', 'did-not-take-place', 'decision-revised', 'other'));
      `);
    }
    db.exec(`
      DROP INDEX overtime_requests_by_deployment;
      CREATE UNIQUE INDEX overtime_requests_by_deployment ON overtime_requests (deployment_id) WHERE deployment_id IS NOT NULL AND voided_at IS NULL;
    `);
  },
};
