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
  db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)').run(
    at.toISOString(),
    actor,
    event.action,
    event.entity,
    event.entityId == null ? null : String(event.entityId),
  );
}

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
  /** Counts committed writes, so values derived from the data know when they are stale. */
  private writes = 0;
  private readonly derivedValues = new Map<string, { version: string; value: unknown }>();
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Who the audit log names for changes ('coordinator', 'cli'). */
    readonly actor: string,
    /** Runs before every write: the session's integrity check, when the unlock still owes it. */
    private readonly beforeWrite: () => void = () => undefined,
  ) {}

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
    const result = this.db
      .transaction(() => {
        const value = change(tx);
        for (const line of [typeof event === 'function' ? event(value) : event].flat()) recordAudit(this.db, line, this.clock(), this.actor);
        return value;
      })
      .immediate();
    this.writes += 1;
    return result;
  }

  /**
   * A value computed from the data (e.g. every member's standing), kept until the data
   * changes: this process's own writes are counted, and `PRAGMA data_version` changes when
   * another process (the admin CLI beside the app) committed. The key must name everything
   * else the value depends on (such as today's date).
   */
  derived<T>(key: string, compute: () => T): T {
    this.assertOpen();
    const version = `${this.writes}:${String(this.db.pragma('data_version', { simple: true }))}`;
    const hit = this.derivedValues.get(key);
    // oxlint-disable-next-line typescript/consistent-type-assertions -- a key names its type: one key is only ever computed by one caller.
    if (hit && hit.version === version) return hit.value as T;
    const value = compute();
    this.derivedValues.set(key, { version, value });
    return value;
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
