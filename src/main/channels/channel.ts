import type { IsoDate } from '../../shared/calendar';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { Clock } from '../clock';
import type { Dialogs } from '../files/dialogs';
import type { Session } from '../session/session';
import { currentTeam, type Team } from '../domains/roster/team';
import type { Store } from '../store/store';

/** What a channel's binding hands to the command or query it calls. */
export interface ChannelContext {
  session: Session;
  /** The open store; reading it while locked throws `locked` (only session channels run locked). */
  readonly store: Store;
  clock: Clock;
  /** The local date of this call, from main's clock: one "today" for the whole call. */
  today: IsoDate;
  dialogs: Dialogs;
}

type Binding<C extends Channel> = (input: ParsedInput<C>, ctx: ChannelContext) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** One binding per channel of the contract; a channel without one does not compile. */
export type Bindings = { [C in Channel]: Binding<C> };

/** The bindings of the channels whose names start with one of the given domains. */
export type BindingsOf<Domain extends string> = { [C in Extract<Channel, `${Domain}.${string}`>]: Binding<C> };

/** The team on the day of this call: standings, training and the policy, derived once until the next write. */
export const teamOf = ({ store, today }: ChannelContext): Team => currentTeam(store, today);
