import { coreHandlers } from './core';
import type { Handlers } from './handler';
import { rosterHandlers } from './roster';

export const handlers: Handlers = { ...coreHandlers, ...rosterHandlers };
