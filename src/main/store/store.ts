import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { Db } from './open-database';

declare const readable: unique symbol;
declare const writable: unique symbol;

/** A handle to read with: what queries and the store functions that only read receive. */
export type ReadDb = Db & { readonly [readable]: true };

/**
 * A handle inside a write transaction. `Store.write` is the only place one is made, so a
 * store function that changes data (it takes a `WriteDb`) cannot be called outside a
 * transaction with its audit line: passing a `ReadDb` is a type error.
 */
export type WriteDb = ReadDb & { readonly [writable]: true };

/** What a change is, as the audit log records it: never a name or any other content. */
export interface AuditEvent {
  action: string;
  entity: string;
  entityId?: string | number | null;
}

/**
 * The audit line of a change, in the change's own transaction. Store.write calls it; so do
 * the session's key operations, which run on a store that is not open for use yet.
 */
export function recordAudit(db: Db, event: AuditEvent, at: Date, actor: string): void {
  // The words are kept once each (migration 0015); a line refers to them by number.
  const addWord = db.prepare('INSERT INTO audit_words (word) VALUES (?) ON CONFLICT (word) DO NOTHING');
  for (const word of [actor, event.action, event.entity]) addWord.run(word);
  db.prepare(
    `INSERT INTO audit_log (at_ms, actor, action, entity, entity_id)
     VALUES (?, (SELECT id FROM audit_words WHERE word = ?), (SELECT id FROM audit_words WHERE word = ?), (SELECT id FROM audit_words WHERE word = ?), ?)`,
  ).run(at.getTime(), actor, event.action, event.entity, event.entityId == null ? null : String(event.entityId));
}

/**
 * Tables no derived value reads (the team's standings and training, the candidates): a
 * write that changes only these — a setting, a tally, an incident, an audit line, a
 * publication record — keeps the derived values, so it does not pay for re-deriving the
 * whole team. A derived value that starts reading one of these must take it off this list;
 * every other table, including any added later, makes the derived values stale.
 */
const notReadByDerivedValues = new Set([
  'audit_log',
  'audit_words',
  'settings',
  'tallies',
  'tally_corrections',
  'tally_month_reviews',
  'roster_publications',
  'incidents',
  'incident_staff_groups',
  'interventions',
  'deployments',
  'overtime_requests',
  'incident_check_ins',
  'exception_notices',
  'resources',
]);

/**
 * Tables whose rows each belong to one member and change nothing about anyone else: a
 * derived value that can bring a few members up to date (the team) does only that after a
 * change to these. Attendance is not one of them: a session's first attendance changes
 * every member's quarterly record (the session counts as held).
 */
const memberColumnOf: Record<string, string> = { members: 'id', member_status_changes: 'member_id', external_completions: 'member_id' };

/** What changed since a derived value was computed: the rows of these members only, or anything else. */
type DerivedInputChanges = { members: ReadonlySet<number> } | 'anything';

/** How many changes are remembered one by one; after more, a derived value is computed afresh. */
const REMEMBERED_CHANGES = 200;

/**
 * The open encrypted database, as the domains see it: reads through `read`, changes through
 * `write`, and values derived from the data through `derived`. It exists only while the
 * session is unlocked.
 *
 * One writer at a time, across processes — the design: the app and the admin CLI may have
 * the same store open at once (a supported use), so every transaction is coherent on its
 * own rather than one process locking the others out.
 * - Every write is BEGIN IMMEDIATE: it takes SQLite's write lock before reading anything,
 *   so a read-then-write never meets another process's commit half-way (which fails with
 *   SQLITE_BUSY at once); a writer that finds the lock taken waits up to the busy timeout
 *   (open-database.ts), and only then the user is told PeerDesk is busy elsewhere.
 * - Values derived from the data are re-derived when another process committed (see derived).
 * - A restore, which swaps the file under every open handle, is refused while another
 *   process has the store open (store-lock.ts).
 */
export class Store {
  /**
   * This process's changes to the tables derived values read, so those values know when they
   * are stale: temporary triggers (on this connection only, never in the file) count every
   * inserted, updated or deleted row of those tables and remember whose row it was (null
   * when it is not one member's).
   */
  private derivedInputChanges = 0;
  private recentChanges: (number | null)[] = [];
  private readonly derivedValues = new Map<string, { dataVersion: number; changes: number; value: unknown }>();
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Who the audit log names for changes ('coordinator', 'cli'). */
    readonly actor: string,
    /** Runs before every write: the session's integrity check, when the unlock still owes it. */
    private readonly beforeWrite: () => void = () => undefined,
  ) {
    this.countChangesToDerivedInputs();
  }

  /** The handle to read with. */
  read(): ReadDb {
    this.assertOpen();
    // oxlint-disable-next-line typescript/consistent-type-assertions -- the brand exists only in types: this is the one place a handle gets it.
    return this.db as ReadDb;
  }

  /**
   * Runs a change and its audit line in one transaction: both are written or neither.
   * The event may be computed from the change's result (e.g. the id of a new record); a
   * change of several records (a month's grid) writes one line for each.
   */
  write<T>(event: AuditEvent | AuditEvent[] | ((result: T) => AuditEvent), change: (tx: WriteDb) => T): T {
    this.assertOpen();
    this.beforeWrite();
    // oxlint-disable-next-line typescript/consistent-type-assertions -- the one place a writable handle is made: inside the transaction below.
    const tx = this.db as WriteDb;
    return this.db
      .transaction(() => {
        const value = change(tx);
        for (const line of [typeof event === 'function' ? event(value) : event].flat()) recordAudit(this.db, line, this.clock(), this.actor);
        return value;
      })
      .immediate();
  }

  /**
   * A value computed from the data (e.g. every member's standing), kept until the data it
   * may read changes: this process's changes to any table but the `notReadByDerivedValues`
   * ones, and any commit by another process (the admin CLI beside the app; `PRAGMA
   * data_version` tells). After changes to a few members' own rows, `update` (when given)
   * brings the previous value up to date instead of computing it afresh. The key must name
   * everything else the value depends on (such as today's date).
   */
  derived<T>(key: string, compute: () => T, update?: (previous: T, members: ReadonlySet<number>) => T): T {
    this.assertOpen();
    const dataVersion = Number(this.db.pragma('data_version', { simple: true }));
    const hit = this.derivedValues.get(key);
    let value: T;
    if (hit && hit.dataVersion === dataVersion) {
      // oxlint-disable-next-line typescript/consistent-type-assertions -- a key names its type: one key is only ever computed by one caller.
      const previous = hit.value as T;
      if (hit.changes === this.derivedInputChanges) return previous;
      const changes = this.changesSince(hit.changes);
      value = update && changes !== 'anything' ? update(previous, changes.members) : compute();
    } else {
      value = compute();
    }
    this.derivedValues.set(key, { dataVersion, changes: this.derivedInputChanges, value });
    return value;
  }

  private changesSince(changes: number): DerivedInputChanges {
    const missed = this.derivedInputChanges - changes;
    if (missed > this.recentChanges.length) return 'anything';
    const members = new Set<number>();
    for (const member of this.recentChanges.slice(-missed)) {
      if (member === null) return 'anything';
      members.add(member);
    }
    return { members };
  }

  private countChangesToDerivedInputs(): void {
    this.db.function('peerdesk_derived_input_changed', (member: unknown) => {
      this.derivedInputChanges += 1;
      this.recentChanges.push(typeof member === 'number' || typeof member === 'bigint' ? Number(member) : null);
      if (this.recentChanges.length > 2 * REMEMBERED_CHANGES) this.recentChanges = this.recentChanges.slice(-REMEMBERED_CHANGES);
      return null;
    });
    const tables = this.db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
      .map((t) => t.name)
      .filter((name) => !name.startsWith('sqlite_') && !notReadByDerivedValues.has(name));
    for (const table of tables) {
      const column = memberColumnOf[table];
      const member = (row: 'OLD' | 'NEW') => (column ? `${row}."${column}"` : 'NULL');
      const triggers = {
        insert: `SELECT peerdesk_derived_input_changed(${member('NEW')});`,
        update: `SELECT peerdesk_derived_input_changed(${member('OLD')}); SELECT peerdesk_derived_input_changed(${member('NEW')});`,
        delete: `SELECT peerdesk_derived_input_changed(${member('OLD')});`,
      };
      for (const [change, body] of Object.entries(triggers)) {
        this.db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS "derived_input_${table}_${change}" AFTER ${change.toUpperCase()} ON main."${table}" BEGIN ${body} END`);
      }
    }
  }

  close(): void {
    this.closed = true;
    this.derivedValues.clear();
    this.db.close();
  }

  /**
   * A call that began before the session locked (it waited on a dialog or a key derivation)
   * finds the store closed: it is told PeerDesk is locked, as a new call would be.
   */
  private assertOpen(): void {
    if (this.closed) throw new AppError('locked', 'PeerDesk is locked. Unlock it with your passphrase.');
  }
}
