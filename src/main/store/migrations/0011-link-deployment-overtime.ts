import { toIsoDate } from '../../../shared/calendar';
import type { Migration } from './migration';

/**
 * §3.B, §9: the overtime of a deployment is an overtime request like any other, pending the
 * manager's decision. A request may name the deployment it came from (at most one request a
 * deployment). Deployments recorded before this step with overtime hours get their pending
 * request now, worked on the day of their session, or else the local day they were directed.
 */
export const linkDeploymentOvertime: Migration = {
  version: 11,
  name: 'link-deployment-overtime',
  up(db) {
    db.exec(`
      ALTER TABLE overtime_requests ADD COLUMN deployment_id INTEGER REFERENCES deployments (id);
      CREATE UNIQUE INDEX overtime_requests_by_deployment ON overtime_requests (deployment_id) WHERE deployment_id IS NOT NULL;
    `);
    const owed = db
      .prepare<[], { id: number; incident_id: number; member_id: number; overtime_hours: number; directed_at: string; held_at: string | null }>(
        `SELECT d.id, d.incident_id, d.member_id, d.overtime_hours, d.directed_at, i.held_at
           FROM deployments d LEFT JOIN interventions i ON i.id = d.intervention_id
          WHERE d.overtime_hours > 0 ORDER BY d.id`,
      )
      .all();
    const insert = db.prepare("INSERT INTO overtime_requests (member_id, worked_on, hours, activity, incident_id, decision, deployment_id) VALUES (?, ?, ?, 'deployment', ?, 'pending', ?)");
    for (const d of owed) insert.run(d.member_id, d.held_at ? d.held_at.slice(0, 10) : toIsoDate(new Date(d.directed_at)), d.overtime_hours, d.incident_id, d.id);
  },
};
