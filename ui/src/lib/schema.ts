// Reading the JSON Schema of the IEP content (iep-content.schema.json, generated from the Rust
// types by crates/api/tests/bindings.rs) so that SectionForm can render any section: what kind of
// input a node needs, its label and help, its options, its fields in the State form's order, and
// the value a new list item starts with. No Svelte here.

export type SchemaNode = { [key: string]: unknown };

export type NodeKind =
  | "string"
  | "narrative"
  | "number"
  | "boolean"
  | "enum"
  | "date"
  | "datetime"
  | "optional"
  | "object"
  | "array"
  | "variant"
  | "unknown";

export interface EnumOption {
  value: string;
  label: string;
  description?: string;
}

/** A schema with `$defs`, against which `$ref`s are resolved. */
export class SchemaRoot {
  constructor(readonly root: SchemaNode) {}

  /** Follows `$ref` (and a lone `allOf`), keeping the referring node's own title and description. */
  resolve(node: SchemaNode): SchemaNode {
    let n = node;
    for (let i = 0; i < 16; i++) {
      const ref = typeof n.$ref === "string" ? n.$ref : null;
      const allOf = Array.isArray(n.allOf) && n.allOf.length === 1 ? (n.allOf[0] as SchemaNode) : null;
      if (!ref && !allOf) return n;
      const { $ref: _r, allOf: _a, ...own } = n;
      const target = ref ? this.def(ref) : allOf!;
      n = { ...target, ...stripEmpty(own) };
    }
    return n;
  }

  private def(ref: string): SchemaNode {
    const name = ref.replace(/^#\/\$defs\//, "");
    const defs = (this.root.$defs ?? {}) as Record<string, SchemaNode>;
    const found = defs[name];
    if (!found) throw new Error(`schema: no definition ${ref}`);
    return found;
  }

  kind(node: SchemaNode): NodeKind {
    const n = this.resolve(node);
    if (this.optionInner(n)) return "optional";
    if (Array.isArray(n.enum) || (Array.isArray(n.oneOf) && (n.oneOf as SchemaNode[]).every((o) => isConstString(this.resolve(o)))))
      return "enum";
    if (typeof n.const === "string") return "enum";
    if (Array.isArray(n.oneOf) && (n.oneOf as SchemaNode[]).every((o) => this.tagOf(o) !== null)) return "variant";
    const type = n.type;
    if (type === "string") {
      if (n.format === "date") return "date";
      if (n.format === "partial-date-time" || n.format === "date-time") return "datetime";
      return n["x-narrative"] === true ? "narrative" : "string";
    }
    if (type === "integer" || type === "number") return "number";
    if (type === "boolean") return "boolean";
    if (type === "array") return "array";
    if (type === "object" || n.properties) return "object";
    return "unknown";
  }

  /** For `Option<T>`: the schema of T (nullable type list, or anyOf/oneOf with a null branch). */
  optionInner(node: SchemaNode): SchemaNode | null {
    const n = this.resolve(node);
    if (Array.isArray(n.type) && n.type.includes("null")) {
      const rest = (n.type as string[]).filter((t) => t !== "null");
      const { default: _d, ...own } = n;
      return { ...own, type: rest.length === 1 ? rest[0] : rest };
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      const alts = n[key];
      if (Array.isArray(alts) && alts.length === 2) {
        const nonNull = (alts as SchemaNode[]).filter((a) => a.type !== "null");
        if (nonNull.length === 1) {
          const { [key]: _x, default: _d, ...own } = n;
          return { ...stripEmpty(own), ...this.resolve(nonNull[0]), ...pick(own, ["title", "description"]) };
        }
      }
    }
    return null;
  }

  enumOptions(node: SchemaNode): EnumOption[] {
    const n = this.resolve(node);
    const out: EnumOption[] = [];
    const add = (v: unknown, o?: SchemaNode) => {
      if (typeof v !== "string") return;
      const title = typeof o?.title === "string" ? o.title : undefined;
      const description = typeof o?.description === "string" ? o.description : undefined;
      out.push({ value: v, label: title ?? humanize(v), description });
    };
    if (Array.isArray(n.enum)) n.enum.forEach((v) => add(v));
    if (typeof n.const === "string") add(n.const, n);
    if (Array.isArray(n.oneOf)) {
      for (const raw of n.oneOf as SchemaNode[]) {
        const o = this.resolve(raw);
        if (Array.isArray(o.enum)) o.enum.forEach((v) => add(v));
        else add(o.const, o);
      }
    }
    return out;
  }

  /** An object's fields in declaration order (`x-order`), without `x-hidden` ones. */
  properties(node: SchemaNode): Array<[string, SchemaNode]> {
    const n = this.resolve(node);
    const props = (n.properties ?? {}) as Record<string, SchemaNode>;
    const order = Array.isArray(n["x-order"]) ? (n["x-order"] as string[]) : [];
    const keys = [...order.filter((k) => k in props), ...Object.keys(props).filter((k) => !order.includes(k))];
    return keys.map((k) => [k, props[k]] as [string, SchemaNode]).filter(([, p]) => !this.hidden(p));
  }

  /**
   * Whether a field applies given its object's current value: `x-when` names a sibling field and
   * the values for which this one means something (the extended-time amount only for extended
   * time). A field without `x-when` always applies.
   */
  applies(node: SchemaNode, parent: unknown): boolean {
    const when = (node["x-when"] ?? this.resolve(node)["x-when"]) as Record<string, unknown[]> | undefined;
    if (!when || typeof when !== "object") return true;
    const obj = parent !== null && typeof parent === "object" ? (parent as Record<string, unknown>) : {};
    return Object.entries(when).every(([field, values]) => Array.isArray(values) && values.includes(obj[field] as never));
  }

  /** For a field holding ids of another list's items (`x-ref`): that list's path and the item
   * field that names an item. */
  reference(node: SchemaNode): { list: string; label: string } | null {
    const n = { ...this.resolve(node), ...node };
    return typeof n["x-ref"] === "string"
      ? { list: n["x-ref"] as string, label: typeof n["x-ref-label"] === "string" ? (n["x-ref-label"] as string) : "id" }
      : null;
  }

  hidden(node: SchemaNode): boolean {
    return node["x-hidden"] === true || this.resolve(node)["x-hidden"] === true;
  }

  /** For a tagged union: the variant schemas with their tag property and value. */
  variants(node: SchemaNode): Array<{ tag: string; value: string; schema: SchemaNode; label: string }> {
    const n = this.resolve(node);
    return ((n.oneOf ?? []) as SchemaNode[]).map((raw) => {
      const o = this.resolve(raw);
      const t = this.tagOf(o)!;
      return { ...t, schema: o, label: typeof o.title === "string" ? o.title : humanize(t.value) };
    });
  }

  private tagOf(raw: SchemaNode): { tag: string; value: string } | null {
    const o = this.resolve(raw);
    if (o.type !== "object" || !o.properties) return null;
    for (const [k, p] of Object.entries(o.properties as Record<string, SchemaNode>)) {
      if (typeof p.const === "string") return { tag: k, value: p.const };
    }
    return null;
  }

  /** The value a new list item (or a newly set option) starts with. */
  initial(node: SchemaNode, now: Date = new Date()): unknown {
    const n = this.resolve(node);
    if (n.default !== undefined && this.kind(n) !== "optional") return structuredClone(n.default);
    switch (this.kind(n)) {
      case "optional":
        return null;
      case "string":
      case "narrative":
        return "";
      case "number":
        return typeof n.minimum === "number" ? n.minimum : 0;
      case "boolean":
        return false;
      case "enum":
        return this.enumOptions(n)[0]?.value ?? "";
      case "date":
        return localDate(now);
      case "datetime":
        return localDateTime(now);
      case "array":
        return [];
      case "variant": {
        const v = this.variants(n)[0];
        return v ? this.initial(v.schema, now) : null;
      }
      case "object": {
        const out: Record<string, unknown> = {};
        const props = (n.properties ?? {}) as Record<string, SchemaNode>;
        for (const [k, p] of Object.entries(props)) {
          const r = this.resolve(p);
          out[k] = typeof r.const === "string" ? r.const : this.initial(p, now);
        }
        return out;
      }
      default:
        return null;
    }
  }
}

function isConstString(n: SchemaNode): boolean {
  return typeof n.const === "string" || (Array.isArray(n.enum) && n.enum.every((v) => typeof v === "string"));
}

function stripEmpty(o: SchemaNode): SchemaNode {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function pick(o: SchemaNode, keys: string[]): SchemaNode {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

/** `annual_review` → `Annual review`: the fallback label when the schema has no title. */
export function humanize(name: string): string {
  const s = name.replace(/_/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Help text from a Rust doc comment, in the reader's words: code spans name Rust things
 * (`None`, `Student`, a field) that mean nothing to a case manager.
 */
export function helpText(text: string): string {
  return text
    .replace(/\s*\(`[^`]*`\)/g, "")
    .replace(/`None`/g, "empty")
    .replace(/`([^`]*)`/g, (_, code: string) => humanize(code.replace(/([a-z])([A-Z])/g, "$1 $2")).toLowerCase());
}

/** A field's label: its own `title`, else its humanized name. */
export function label(key: string, node: SchemaNode): string {
  return typeof node.title === "string" ? node.title : humanize(key);
}

/** What one item of a list is called, from its definition's name: `#/$defs/OutreachAttempt` →
 * `outreach attempt`. */
export function itemNoun(items: SchemaNode): string {
  const ref = typeof items.$ref === "string" ? items.$ref.replace(/^#\/\$defs\//, "") : "";
  return ref ? ref.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "item";
}

const pad = (n: number) => String(n).padStart(2, "0");

export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** chrono's NaiveDateTime as serde writes it: `2026-03-10T09:00:00`. */
export function localDateTime(d: Date): string {
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:00`;
}

/** datetime-local gives `2026-03-10T09:00`; chrono wants seconds. */
export function toNaiveDateTime(input: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(input) ? `${input}:00` : input;
}

/** chrono may write fractional seconds; datetime-local takes `YYYY-MM-DDTHH:MM[:SS]`. */
export function fromNaiveDateTime(value: unknown): string {
  if (typeof value !== "string") return "";
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?/.exec(value);
  return m ? m[1] + (m[2] && m[2] !== ":00" ? m[2] : "") : "";
}

// ---- values by dotted path ----

export function getAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const seg of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

export function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const segs = path.split(".");
  let v: Record<string, unknown> = root;
  for (const seg of segs.slice(0, -1)) {
    const next = v[seg];
    if (next === null || typeof next !== "object") return;
    v = next as Record<string, unknown>;
  }
  v[segs[segs.length - 1]] = value;
}

/** `meeting.participants.2.name` is under `meeting.participants` (whole segments only). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

/** A DOM id for a path: `f-meeting-participants-2-name`. */
export function domId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9_]/g, "-")}`;
}
