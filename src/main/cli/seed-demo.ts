import type { Backend } from '../backend/backend';

/**
 * Fills a store with a realistic, entirely fictional program so a newcomer sees PeerDesk
 * alive. Every feature adds its part here; all of it goes through the same channels the
 * app uses, so the demo also exercises validation and auditing.
 */
export async function seedDemo(backend: Backend): Promise<string[]> {
  const done: string[] = [];
  const settings = await backend.invoke('settings.set', {
    departmentName: 'Marlow County Probation Department',
    programName: 'Peer Support Program',
    chiefName: 'Dana Whitcombe',
    chiefTitle: 'Chief Probation Officer',
    coordinatorName: 'Jordan Ellery',
  });
  if (!settings.ok) throw new Error(settings.error.message);
  done.push('settings: fictional department, Chief and Coordinator');
  return done;
}
