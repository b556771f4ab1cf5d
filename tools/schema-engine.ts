// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm,
// pinned to the build matching Prisma 7.10) and binds it to a driver adapter:
// PGlite (pglite-prisma-adapter) or PostgreSQL (@prisma/adapter-pg).
// See /work/shared/TOOLCHAIN.md, "Prisma 7.10 without its native engines".
//
// Adapter bugs worked around here:
// - adapter-pg's executeScript splits the script on `;` (breaks on `;` inside
//   literals / function bodies, and is not atomic): we send the whole script
//   with the pg pool's `query` (simple-query protocol: one implicit transaction).
// - adapter-pg cannot map the `"char"` type (OID 18) used by the engine's
//   introspection queries: we rewrite OID 18 to text (25) in every row
//   description the pool's connections receive.
// - pglite-prisma-adapter 0.7.2's executeScript does not await `exec`: we
//   override it with `await pglite.exec(sql)`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as runtime from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export type { SchemaEngine };

const OID_CHAR = 18;
const OID_TEXT = 25;

let wasmReady: Promise<void> | null = null;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(jsPath), 'schema_engine_bg.wasm'));
    // The engine arms ~10 s timers (timeouts racing each query) that would keep
    // a process alive after the work is done: hand it unref'd timers.
    const glue: Record<string, unknown> = { ...runtime };
    for (const [key, fn] of Object.entries(runtime)) {
      if (key.startsWith('__wbg_setTimeout_') && typeof fn === 'function') {
        const setTimer = fn as (...args: unknown[]) => unknown;
        glue[key] = (...args: unknown[]) => {
          const timer = setTimer(...args);
          if (timer instanceof Object && 'unref' in timer && typeof timer.unref === 'function') timer.unref();
          return timer;
        };
      }
    }
    const imports = { './schema_engine_bg.js': glue } as WebAssembly.Imports;
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    runtime.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return wasmReady;
}

/** Converts a pg / PGlite error to the error the engine understands (keeps the message). */
function toAdapterError(error: unknown): Error {
  if (error instanceof DriverAdapterError) return error;
  const e = error as { code?: unknown; message?: unknown; severity?: unknown; detail?: unknown; column?: unknown; hint?: unknown };
  if (typeof e?.code === 'string' && typeof e.message === 'string') {
    return new DriverAdapterError({
      kind: 'postgres',
      code: e.code,
      severity: typeof e.severity === 'string' ? e.severity : 'ERROR',
      message: e.message,
      detail: typeof e.detail === 'string' ? e.detail : undefined,
      column: typeof e.column === 'string' ? e.column : undefined,
      hint: typeof e.hint === 'string' ? e.hint : undefined,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

function withScript(adapter: SqlDriverAdapter, run: (sql: string) => Promise<unknown>): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      throw toAdapterError(error);
    }
  };
  return adapter;
}

/** Makes every connection of `pool` report `"char"` columns as text. */
export function mapCharToText(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    client.connection.prependListener('rowDescription', (msg: { fields?: { dataTypeID: number }[] }) => {
      for (const field of msg.fields ?? []) if (field.dataTypeID === OID_CHAR) field.dataTypeID = OID_TEXT;
    });
  });
  return pool;
}

class PgliteMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = 'pglite-prisma-adapter (migrations)';
  constructor(private readonly client: PGlite) {}
  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPGlite(this.client).connect();
    return withScript(adapter, (sql) => this.client.exec(sql));
  }
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = new PGlite('memory://');
    const adapter = withScript(await new PrismaPGlite(shadow).connect(), (sql) => shadow.exec(sql));
    adapter.dispose = () => shadow.close();
    return adapter;
  }
}

class PgMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg (migrations)';
  private readonly inner: PrismaPg;
  constructor(pool: pg.Pool) {
    this.inner = new PrismaPg(mapCharToText(pool));
  }
  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const pool = adapter.underlyingDriver();
    return withScript(adapter, (sql) => pool.query(sql));
  }
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connectToShadowDb();
    const pool = mapCharToText(adapter.underlyingDriver());
    return withScript(adapter, (sql) => pool.query(sql));
  }
}

/** Where the engine connects: a PostgreSQL pool or a PGlite instance (owned by the caller). */
export type EngineConnection = { pool: pg.Pool } | { pglite: PGlite };

export async function openEngine(conn: EngineConnection): Promise<SchemaEngine> {
  await loadWasm();
  const factory = 'pool' in conn ? new PgMigrationFactory(conn.pool) : new PgliteMigrationFactory(conn.pglite);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error('[schema-engine]', message);
  };
  return runtime.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

/** Error thrown by the engine (a plain object or an Error) as a readable Error. */
export function engineError(error: unknown): Error {
  if (error instanceof Error) return error;
  const e = error as { message?: unknown; error_code?: unknown } | null;
  if (e && typeof e.message === 'string') {
    return new Error(typeof e.error_code === 'string' ? `${e.error_code}: ${e.message}` : e.message);
  }
  return new Error(typeof error === 'string' ? error : JSON.stringify(error));
}
