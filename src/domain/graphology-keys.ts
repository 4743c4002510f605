// Graphology keeps each node's neighbours in plain objects keyed by the neighbour's key, so a node
// id such as "constructor", "toString" or "__proto__" breaks it (addEdge('a', 'constructor') finds
// Object.prototype.constructor and says the edge "already exists"). Ids are data: they never become
// graphology node keys. Each id gets its position instead ("n0", "n1", …), mapped back on the way out.

export class NodeKeys {
  private readonly keyOf = new Map<string, string>();
  private readonly ids: string[] = [];

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.add(id);
  }

  /** The key of `id`, given on first sight. */
  add(id: string): string {
    let key = this.keyOf.get(id);
    if (key === undefined) {
      key = `n${this.ids.length}`;
      this.keyOf.set(id, key);
      this.ids.push(id);
    }
    return key;
  }

  /** The key of a known id, else undefined. */
  key(id: string): string | undefined {
    return this.keyOf.get(id);
  }

  /** The id behind a key this object gave out. */
  id(key: string): string {
    const id = this.ids[Number(key.slice(1))];
    if (id === undefined || this.keyOf.get(id) !== key) throw new Error(`graphology key "${key}" was not given out by these NodeKeys`);
    return id;
  }

  get size(): number {
    return this.ids.length;
  }
}
