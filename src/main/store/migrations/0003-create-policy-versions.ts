import type { Migration } from './migration';

/** Every version of the policy parameters is kept, so a past finding can be explained. */
export const createPolicyVersions: Migration = {
  version: 3,
  name: 'create-policy-versions',
  up(db) {
    db.exec(`
      CREATE TABLE policy_versions (
        version    INTEGER PRIMARY KEY,
        config     TEXT NOT NULL, -- JSON
        changed_at TEXT NOT NULL,
        reason     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
