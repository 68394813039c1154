import { backupBindings } from './backups';
import { coreBindings } from './core';
import { sessionBindings } from './session';
import type { Bindings } from './channel';
import { rosterBindings } from './roster';
import { incidentBindings } from './incidents';
import { reportBindings } from './reports';
import { resourceBindings } from './resources';
import { selectionBindings } from './selection';
import { supporterBindings } from './supporters';
import { tallyBindings } from './tallies';
import { trainingBindings } from './training';

export const channels: Bindings = { ...sessionBindings, ...coreBindings, ...rosterBindings, ...trainingBindings, ...tallyBindings, ...incidentBindings, ...selectionBindings, ...reportBindings, ...backupBindings, ...resourceBindings, ...supporterBindings };
