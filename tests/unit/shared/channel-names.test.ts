import { describe, expect, it } from 'vitest';
import { channelNames, isChannelName } from '../../../src/shared/channel-names';
import { contract } from '../../../src/shared/contract';

describe("the preload's list of channel names", () => {
  it("is exactly the contract's channel table, in its order: the preload refuses no channel main handles and lets no other name through", () => {
    expect([...channelNames]).toEqual(Object.keys(contract));
    expect(Object.isFrozen(channelNames)).toBe(true);
  });

  it("recognises only those names, not an object's own properties", () => {
    expect(isChannelName('settings.get')).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'settings.get ', 'ELECTRON_BROWSER_REQUIRE', 42, null]) expect(isChannelName(name)).toBe(false);
  });
});
