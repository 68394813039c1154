import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { Clock } from '../clock';
import type { Dialogs } from '../files/dialogs';
import type { Session } from '../session/session';

export interface HandlerContext {
  session: Session;
  clock: Clock;
  dialogs: Dialogs;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** One handler per channel of the contract; a channel without one does not compile. */
export type Handlers = { [C in Channel]: Handler<C> };

/** The handlers of the channels whose names start with one of the given domains. */
export type HandlersOf<Domain extends string> = { [C in Extract<Channel, `${Domain}.${string}`>]: Handler<C> };
