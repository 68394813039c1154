import { describe, expect, it } from 'vitest';
import { actorName } from '../../../src/shared/audit';

describe('who made a change is shown by name, not by role', () => {
  it('the Coordinator by the name in Settings, else "the Coordinator"; the admin CLI as such', () => {
    expect(actorName('coordinator', 'Jordan Ellery')).toBe('Jordan Ellery');
    expect(actorName('coordinator', '')).toBe('the Coordinator');
    expect(actorName('cli', 'Jordan Ellery')).toBe('the admin CLI');
  });
});
