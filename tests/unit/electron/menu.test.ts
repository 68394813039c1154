import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/electron/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as unknown as (() => void) | undefined)?.();
}

describe('application menu', () => {
  it('offers Lock (Ctrl+L), Quit, the standard Edit menu and About — and no print of the screen', () => {
    const actions = { lock: vi.fn(), about: vi.fn(), quit: vi.fn() };
    const items = flatten(buildMenuTemplate(actions, false));
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(byLabel('Lock')?.accelerator).toBe('CmdOrCtrl+L');
    expect(items.some((i) => /print/i.test(String(i.label)) || i.accelerator === 'CmdOrCtrl+P')).toBe(false);
    expect(items.some((i) => i.role === 'editMenu')).toBe(true);
    click(byLabel('Lock'));
    click(byLabel('Quit'));
    click(byLabel('About PeerDesk'));
    expect(actions.lock).toHaveBeenCalledOnce();
    expect(actions.quit).toHaveBeenCalledOnce();
    expect(actions.about).toHaveBeenCalledOnce();
  });

  it('has developer tools and reload only in development', () => {
    const actions = { lock: vi.fn(), about: vi.fn(), quit: vi.fn() };
    const roles = (dev: boolean) => flatten(buildMenuTemplate(actions, dev)).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
