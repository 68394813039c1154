import type { Migration } from './migration';
import { createSettings } from './0001-create-settings';
import { createAuditLog } from './0002-create-audit-log';
import { createPolicyVersions } from './0003-create-policy-versions';
import { createMembers } from './0004-create-members';
import { createRosterPublications } from './0005-create-roster-publications';
import { createTraining } from './0006-create-training';
import { createTallies } from './0007-create-tallies';
import { createIncidents } from './0008-create-incidents';
import { createSelection } from './0009-create-selection';
import { addChiefDecisionAndRejoin } from './0010-add-chief-decision-and-rejoin';
import { linkDeploymentOvertime } from './0011-link-deployment-overtime';
import { purgeNominatorsAndPickLists } from './0012-purge-nominators-and-pick-lists';
import { addRecordCorrections } from './0013-add-record-corrections';
import { indexRosterOrder } from './0014-index-roster-order';
import { compactAuditLog } from './0015-compact-audit-log';
import { createResources } from './0016-create-resources';
import { createIncidentCheckIns } from './0017-create-incident-check-ins';

/** In order; each version is its position + 1. */
export const migrations: readonly Migration[] = [
  createSettings,
  createAuditLog,
  createPolicyVersions,
  createMembers,
  createRosterPublications,
  createTraining,
  createTallies,
  createIncidents,
  createSelection,
  addChiefDecisionAndRejoin,
  linkDeploymentOvertime,
  purgeNominatorsAndPickLists,
  addRecordCorrections,
  indexRosterOrder,
  compactAuditLog,
  createResources,
  createIncidentCheckIns,
];
