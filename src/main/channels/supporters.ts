import { supporterLoad } from '../domains/supporters/queries';
import { teamOf, type BindingsOf } from './channel';

/** §3.F the supporters' own load: a private view, never printed or published. */
export const supporterBindings: BindingsOf<'supporters'> = {
  'supporters.load': (_input, ctx) => supporterLoad(ctx.store, teamOf(ctx)),
};
