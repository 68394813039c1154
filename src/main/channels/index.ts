import { backupHandlers } from './backups';
import { coreHandlers } from './core';
import type { Handlers } from './channel';
import { rosterHandlers } from './roster';
import { incidentHandlers } from './incidents';
import { reportHandlers } from './reports';
import { selectionHandlers } from './selection';
import { tallyHandlers } from './tallies';
import { trainingHandlers } from './training';

export const handlers: Handlers = { ...coreHandlers, ...rosterHandlers, ...trainingHandlers, ...tallyHandlers, ...incidentHandlers, ...selectionHandlers, ...reportHandlers, ...backupHandlers };
