import type { Migration } from './migration';

/**
 * §4.J, §10: a member removed for cause returns only by the Chief's written decision, kept on
 * the status change it allowed (who decided, and the exception's reference; the date goes in
 * `chief_decision_on`). §2.B: a rejoin records the day the new commitment starts.
 */
export const addChiefDecisionAndRejoin: Migration = {
  version: 10,
  name: 'add-chief-decision-and-rejoin',
  up(db) {
    db.exec(`
      ALTER TABLE member_status_changes ADD COLUMN chief_decided_by TEXT;
      ALTER TABLE member_status_changes ADD COLUMN exception_reference TEXT;
      ALTER TABLE member_status_changes ADD COLUMN commitment_starts_on TEXT CHECK (commitment_starts_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
    `);
  },
};
