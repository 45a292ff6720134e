/**
 * An offline CloudBase for tests: the real wx-server-sdk builds every database call and serialises it to EJSON as
 * it would for WeChat cloud, and this request class (`Db.reqClass` of @cloudbase/database) answers it from
 * in-memory collections queried by mingo, in the SDK's normal result shapes. Test code only.
 *
 * Each request runs whole and alone (its read-modify-write is synchronous), after a turn of the event loop, so
 * concurrent SDK calls interleave between requests as they would over the network, never inside one — the
 * per-document atomicity a real database gives. Unique indexes in indexes.json are enforced; a get asking for more
 * than 100 documents is refused (CloudBase's page limit); every read and count is checked against the indexes and
 * any without one is recorded in `unindexed`. Not covered: transactions, watch, geo, doc().set.
 */
import { Db } from '@cloudbase/database';
import { EJSON } from 'bson';
import { Aggregator, Query, update } from 'mingo';
import spec from '../../cloud/store/cloudbase/indexes.json';

type Doc = Record<string, any>;
type Keys = [field: string, dir: number][];
type Reply = { requestId: string; data?: Doc; code?: string; message?: string };

class Refusal extends Error {
  constructor(readonly code: 'DATABASE_REQUEST_FAILED' | 'INVALID_PARAM' | 'SYS_ERR', message: string) {
    super(message);
  }
}

/** EJSON in (Date, numbers and regular expressions as JS values), EJSON out, as the SDK reads it. */
function parse(text: string | undefined): any {
  const revive = (v: any): any =>
    v?._bsontype === 'BSONRegExp'
      ? new RegExp(v.pattern, v.options)
      : Array.isArray(v)
        ? v.map(revive)
        : v && typeof v === 'object' && !(v instanceof Date)
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]))
          : v;
  return text === undefined ? {} : revive(EJSON.parse(text, { relaxed: true }));
}
const out = (d: Doc) => EJSON.stringify(d, { relaxed: false });
const isOp = (v: unknown) => !!v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof RegExp) && Object.keys(v).some((k) => k.startsWith('$'));

export class MemoryCloudbase {
  private readonly data = new Map<string, Doc[]>();
  private readonly indexes = new Map<string, { keys: Keys; unique: boolean }[]>();
  private requests = 0;
  /** Database calls answered so far: what one action costs on WeChat cloud, where each call is billed. */
  calls = 0;
  /** Reads and counts that no index in indexes.json serves. */
  readonly unindexed = new Set<string>();

  constructor() {
    for (const c of spec.collections) {
      this.indexes.set(c.name, [{ keys: [['_id', 1]], unique: true }, ...c.indexes.map((i) => ({ keys: Object.entries(i.keys), unique: 'unique' in i && !!i.unique }))]);
    }
  }

  /** Makes every Db the SDK creates send through this engine; node-sdk's newDb reassigns reqClass, which is ignored. */
  install(): this {
    const send = (action: string, params: Doc) => this.send(action, params);
    class Request {
      send(action: string, params: Doc): Promise<Reply> {
        return send(action, params);
      }
    }
    Object.defineProperty(Db, 'reqClass', { configurable: true, get: () => Request, set: () => undefined });
    return this;
  }

  reset(): void {
    this.data.clear();
  }

  seed(collection: string, docs: Doc[]): void {
    this.insert(collection, docs.map((d) => parse(out(d))));
  }

  docs(collection: string): Doc[] {
    return this.data.get(collection) ?? [];
  }

  async send(action: string, params: Doc): Promise<Reply> {
    this.calls++;
    await new Promise((resolve) => setImmediate(resolve));
    const requestId = `harness-${++this.requests}`;
    try {
      return { requestId, data: this.run(action, params) };
    } catch (e) {
      if (e instanceof Refusal) return { requestId, code: e.code, message: e.message };
      throw e;
    }
  }

  private run(action: string, p: Doc): Doc {
    const coll = p.collectionName as string;
    if (!this.indexes.has(coll)) throw new Refusal('DATABASE_REQUEST_FAILED', `collection ${coll} is not in indexes.json`);
    const query = parse(p.query);
    const matching = () => new Query(query).find<Doc>(this.docs(coll));
    switch (action) {
      case 'database.insertDocument':
        return { insertedIds: this.insert(coll, (p.data as string[]).map(parse)) };
      case 'database.getDocument': {
        const limit = p.limit ?? 100;
        if (limit > 100) throw new Refusal('INVALID_PARAM', `limit ${limit}: CloudBase returns at most 100 per get`);
        const order = p.order ? (parse(p.order) as Record<string, number>) : undefined;
        this.checkIndex(coll, query, order ? Object.entries(order) : []);
        let cursor = new Query(query).find<Doc>(this.docs(coll), p.projection ? parse(p.projection) : undefined);
        if (order) cursor = cursor.sort(order);
        return { list: cursor.skip(p.offset ?? 0).limit(limit).all().map(out) };
      }
      case 'database.calculateDocument':
        this.checkIndex(coll, query, []);
        return { total: matching().all().length };
      case 'database.modifyDocument': {
        const change = parse(p.data);
        if (p.merge === false) throw new Refusal('SYS_ERR', 'harness: doc().set is not supported');
        const targets = matching().all();
        let updated = 0;
        for (const doc of p.multi ? targets : targets.slice(0, 1)) {
          const next = parse(out(doc)); // a copy in this realm (structuredClone's objects fail mingo's plain-object test under jest)
          let fields: string[];
          try {
            fields = update(next, change);
          } catch (e) {
            throw new Refusal('DATABASE_REQUEST_FAILED', `update refused: ${(e as Error).message}`);
          }
          if (fields.length === 0) continue;
          this.checkUnique(coll, next, doc);
          const list = this.docs(coll);
          list[list.indexOf(doc)] = next;
          updated++;
        }
        return { updated };
      }
      case 'database.removeDocument': {
        const gone = new Set(p.multi ? matching().all() : matching().limit(1).all());
        this.data.set(coll, this.docs(coll).filter((d) => !gone.has(d)));
        return { deleted: gone.size };
      }
      case 'database.aggregateDocuments': {
        const pipeline = (p.stages as { stageKey: string; stageValue: string }[]).map((s) => ({ [s.stageKey]: parse(s.stageValue) }));
        return { list: new Aggregator(pipeline).run(this.docs(coll)).map(out) };
      }
      default:
        throw new Refusal('SYS_ERR', `harness: ${action} is not supported`);
    }
  }

  private insert(coll: string, docs: Doc[]): string[] {
    const list = this.docs(coll);
    for (const d of docs) {
      d._id ??= `${++this.requests}`.padStart(32, '0');
      this.checkUnique(coll, d, null, docs);
    }
    this.data.set(coll, [...list, ...docs]);
    return docs.map((d) => d._id);
  }

  /** A real duplicate-key refusal (E11000), so adapters learn of it the way they would in WeChat cloud. */
  private checkUnique(coll: string, doc: Doc, replacing: Doc | null, batch: Doc[] = []): void {
    for (const { keys, unique } of this.indexes.get(coll)!) {
      if (!unique) continue;
      const key = (d: Doc) => JSON.stringify(keys.map(([f]) => d[f] ?? null));
      const clash = [...this.docs(coll), ...batch].find((d) => d !== doc && d !== replacing && key(d) === key(doc));
      if (clash) throw new Refusal('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${coll} dup key: ${key(doc)}`);
    }
  }

  /**
   * Some index must lead with fields the filter fixes (equality or $in), then carry the sort in order (or wholly
   * reversed). A keyset `$or` over the sort fields is part of the sort; any other `$or` is checked branch by branch.
   */
  private checkIndex(coll: string, query: Doc, sort: Keys): void {
    const sortFields = new Set(sort.map(([f]) => f));
    const expand = (q: Doc): Doc[] => {
      let branches: Doc[] = [{}];
      for (const part of q.$and ?? [q]) {
        for (const [k, v] of Object.entries(part as Doc)) {
          if (k === '$and') branches = branches.flatMap((b) => expand({ $and: v }).map((x) => ({ ...b, ...x })));
          else if (k === '$or' && !(v as Doc[]).every((o) => Object.keys(o).every((f) => sortFields.has(f))))
            branches = branches.flatMap((b) => (v as Doc[]).flatMap((o) => expand(o).map((x) => ({ ...b, ...x }))));
          else if (k !== '$or') branches = branches.map((b) => ({ ...b, [k]: v }));
        }
      }
      return branches;
    };
    for (const filter of expand(query)) {
      const fixed = new Set(Object.keys(filter).filter((f) => !isOp(filter[f]) || '$in' in filter[f] || '$eq' in filter[f]));
      const served = this.indexes.get(coll)!.some(({ keys }) => {
        for (let start = 0; start <= keys.length - sort.length; start++) {
          if (!keys.slice(0, start).every(([f]) => fixed.has(f))) return false;
          if (start === 0 && sort.length === 0 && !fixed.has(keys[0][0])) return false;
          const run = keys.slice(start, start + sort.length);
          const sign = sort.length ? Math.sign(run[0][1] * sort[0][1]) : 1;
          if (run.every(([f, d], i) => f === sort[i][0] && d * sign === sort[i][1])) return true;
        }
        return false;
      });
      if (served) continue;
      const shape = Object.entries(filter).map(([f, v]) => `${f} ${isOp(v) ? Object.keys(v).join(' ') : '='}`);
      this.unindexed.add(`${coll}: {${shape.join(', ')}} sorted by ${sort.map(([f, d]) => `${f} ${d}`).join(', ') || 'nothing'}`);
    }
  }
}
