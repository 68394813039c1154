import {
  addIntervention,
  assessIncident,
  clearIncidentAssessment,
  correctDecision,
  correctDeployment,
  correctIncident,
  correctIntervention,
  correctNotice,
  correctOvertime,
  decideOvertimeRequest,
  deployMember,
  exportOvertime,
  markCheckInDone,
  purgeNotices,
  recordIncident,
  recordNotice,
  requestOvertime,
  undoCheckIn,
  voidDeployment,
  voidIncident,
  voidIntervention,
  voidNotice,
  voidOvertime,
} from '../domains/incidents/commands';
import { approvedHours, checkInsOfIncident, exceptionNotices, incidentsNow, noticeRetention, overtimeRequests } from '../domains/incidents/queries';
import { teamOf, type BindingsOf } from './channel';


/** §7 incidents, §3.G deployments, §3.B/§9 overtime, §5.B–C exception notices. */
export const incidentBindings: BindingsOf<'incidents' | 'overtime' | 'notices'> = {
  'incidents.list': (_input, ctx) => incidentsNow(ctx.store, ctx.clock(), teamOf(ctx)),
  'incidents.record': (input, ctx) => recordIncident(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.update': (input, ctx) => correctIncident(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.void': (input, ctx) => voidIncident(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.assess': (input, ctx) => assessIncident(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.clearAssessment': (input, ctx) => clearIncidentAssessment(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.addIntervention': (input, ctx) => addIntervention(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.updateIntervention': (input, ctx) => correctIntervention(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.voidIntervention': (input, ctx) => voidIntervention(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.deploy': (input, ctx) => deployMember(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.updateDeployment': (input, ctx) => correctDeployment(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'incidents.voidDeployment': (input, ctx) => voidDeployment(ctx.store, ctx.clock(), input, teamOf(ctx)),

  'overtime.list': (_input, ctx) => overtimeRequests(ctx.store, teamOf(ctx)),
  'overtime.request': (input, ctx) => requestOvertime(ctx.store, input, teamOf(ctx)),
  'overtime.update': (input, ctx) => correctOvertime(ctx.store, input, teamOf(ctx)),
  'overtime.void': (input, ctx) => voidOvertime(ctx.store, ctx.clock(), input),
  'overtime.decide': (input, ctx) => decideOvertimeRequest(ctx.store, input, teamOf(ctx)),
  'overtime.correctDecision': (input, ctx) => correctDecision(ctx.store, input, teamOf(ctx)),
  'overtime.export': (_input, ctx) => exportOvertime(ctx.store, ctx.dialogs, teamOf(ctx)),
  'overtime.approvedHours': (input, { store }) => approvedHours(store, input),

  'notices.list': (_input, ctx) => exceptionNotices(ctx.store, teamOf(ctx)),
  'notices.retention': (_input, { store, today }) => noticeRetention(store, today),
  'notices.purge': (_input, { store, today }) => purgeNotices(store, today),
  'notices.record': (input, ctx) => recordNotice(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'notices.update': (input, ctx) => correctNotice(ctx.store, ctx.clock(), input, teamOf(ctx)),
  'notices.void': (input, ctx) => voidNotice(ctx.store, ctx.clock(), input),

  'incidents.checkIns': (input, ctx) => checkInsOfIncident(ctx.store, teamOf(ctx), input.incidentId),
  'incidents.checkInDone': (input, ctx) => markCheckInDone(ctx.store, input, teamOf(ctx)),
  'incidents.undoCheckIn': (input, ctx) => undoCheckIn(ctx.store, ctx.clock(), input, teamOf(ctx)),
};
