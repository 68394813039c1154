import { defaultPolicy, policyConfigSchema, type PolicyConfig, type PolicyVersion } from '../../../shared/policy';
import type { Db } from '../../store/open-database';

const DEFAULTS_REASON = 'Policy 517 defaults';

/** The policy in force: the newest stored version, or the Policy 517 defaults as version 0. */
export function currentPolicy(db: Db): PolicyVersion {
  const row = db
    .prepare('SELECT version, config, changed_at AS changedAt, reason FROM policy_versions ORDER BY version DESC LIMIT 1')
    .get() as { version: number; config: string; changedAt: string; reason: string } | undefined;
  if (!row) return { version: 0, config: defaultPolicy, changedAt: '', reason: DEFAULTS_REASON };
  return { ...row, config: policyConfigSchema.parse({ ...defaultPolicy, ...JSON.parse(row.config) }) };
}

export function insertPolicyVersion(db: Db, config: PolicyConfig, at: Date, reason: string): PolicyVersion {
  const version = currentPolicy(db).version + 1;
  const changedAt = at.toISOString();
  db.prepare('INSERT INTO policy_versions (version, config, changed_at, reason) VALUES (?, ?, ?, ?)').run(
    version,
    JSON.stringify(config),
    changedAt,
    reason,
  );
  return { version, config, changedAt, reason };
}
