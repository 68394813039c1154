import { backupHandlers } from './backups';
import { coreHandlers } from './core';
import { sessionHandlers } from './session';
import type { Bindings } from './channel';
import { rosterHandlers } from './roster';
import { incidentHandlers } from './incidents';
import { reportHandlers } from './reports';
import { selectionHandlers } from './selection';
import { tallyHandlers } from './tallies';
import { trainingHandlers } from './training';

export const channels: Bindings = { ...sessionHandlers, ...coreHandlers, ...rosterHandlers, ...trainingHandlers, ...tallyHandlers, ...incidentHandlers, ...selectionHandlers, ...reportHandlers, ...backupHandlers };
