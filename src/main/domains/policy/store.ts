import { defaultPolicy, policyConfigSchema, type PolicyConfig, type PolicyVersion } from '../../../shared/policy';
import type { ReadDb, WriteDb } from '../../store/store';

const DEFAULTS_REASON = 'Policy 517 defaults';

/** A row of `policy_versions`. */
interface PolicyVersionRow {
  version: number;
  /** JSON: the parameters of this version. */
  config: string;
  changed_at: string;
  reason: string;
}

/**
 * A stored version. Its parameters are read over the defaults, so a version stored before a
 * parameter existed takes that parameter's default.
 */
function fromRow(row: PolicyVersionRow): PolicyVersion {
  const stored: unknown = JSON.parse(row.config);
  return {
    version: row.version,
    config: policyConfigSchema.parse(typeof stored === 'object' && stored !== null ? { ...defaultPolicy, ...stored } : defaultPolicy),
    changedAt: row.changed_at,
    reason: row.reason,
  };
}

/** The policy in force: the newest stored version, or the Policy 517 defaults as version 0. */
export function currentPolicy(db: ReadDb): PolicyVersion {
  const row = db.prepare<[], PolicyVersionRow>('SELECT version, config, changed_at, reason FROM policy_versions ORDER BY version DESC LIMIT 1').get();
  return row ? fromRow(row) : { version: 0, config: defaultPolicy, changedAt: '', reason: DEFAULTS_REASON };
}

export function insertPolicyVersion(tx: WriteDb, config: PolicyConfig, at: Date, reason: string): PolicyVersion {
  const version = currentPolicy(tx).version + 1;
  const changedAt = at.toISOString();
  tx.prepare<[number, string, string, string]>('INSERT INTO policy_versions (version, config, changed_at, reason) VALUES (?, ?, ?, ?)').run(version, JSON.stringify(config), changedAt, reason);
  return { version, config, changedAt, reason };
}
