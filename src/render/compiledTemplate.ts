// Mustache templates compiled once into closures, giving what Mustache.render gives: mustache's own parser (so the same
// standalone-line and partial-indentation rules) and its lookup rules, without walking the token tree, re-hashing the
// template text (mustache keys its parse cache by the whole template) and keeping a lookup cache per value on each render.
// Views are plain data: a function found by a lookup is called as mustache calls it, a function as a section is refused.

import Mustache from 'mustache';

export type Escape = (value: unknown) => string;
export type Partials = Record<string, string>;

/** One level of the context stack: a section pushes the value it renders. */
interface Frame {
  view: unknown;
  parent: Frame | null;
}

/** A mustache token: [type, value, start, end, children?, closing start?] as Mustache.parse gives it. */
type Token = [string, string, number, number, Token[]?, number?, boolean?];

function hasProperty(obj: unknown, name: string): boolean {
  return obj !== null && typeof obj === 'object' && name in obj;
}

function primitiveHasOwnProperty(value: unknown, name: string): boolean {
  return value !== null && value !== undefined && typeof value !== 'object' && Object.prototype.hasOwnProperty.call(value, name);
}

/** mustache's Context.lookup: the nearest frame that has the name (a dotted name: whose path ends in it). */
function lookupFn(name: string): (frame: Frame) => unknown {
  const found = (frame: Frame, value: unknown): unknown => (typeof value === 'function' ? (value as () => unknown).call(frame.view) : value);
  if (name === '.') return (frame) => found(frame, frame.view);
  if (name.indexOf('.') > 0) {
    const names = name.split('.');
    const last = names.length - 1;
    return (frame) => {
      for (let context: Frame | null = frame; context; context = context.parent) {
        let value = context.view as unknown;
        let hit = false;
        for (let i = 0; value !== null && value !== undefined && i <= last; i++) {
          if (i === last) hit = hasProperty(value, names[i]!) || primitiveHasOwnProperty(value, names[i]!);
          value = (value as Record<string, unknown>)[names[i]!];
        }
        if (hit) return found(frame, value);
      }
      return found(frame, undefined);
    };
  }
  return (frame) => {
    for (let context: Frame | null = frame; context; context = context.parent) {
      const view = context.view;
      if (hasProperty(view, name)) return found(frame, (view as Record<string, unknown>)[name]);
    }
    return undefined;
  };
}

/** mustache's indentPartial: a standalone partial tag indents every line of the partial like the tag. */
function indentPartial(partial: string, indentation: string, lineHasNonSpace: boolean): string {
  const filtered = indentation.replace(/[^ \t]/g, '');
  return partial
    .split('\n')
    .map((line, i) => (line.length && (i > 0 || !lineHasNonSpace) ? filtered + line : line))
    .join('\n');
}

const TEXT = 0;
const ESCAPED = 1;
const RAW = 2;
const SECTION = 3;
const INVERTED = 4;
const PARTIAL = 5;

/** One token, compiled: what `run` does for it is chosen by `kind` (one switch, no call through a closure per token). */
interface Part {
  kind: number;
  /** The text (TEXT), the name (the others, for error messages). */
  value: string;
  lookup: ((frame: Frame) => unknown) | null;
  /** A section's tokens; a partial's, once compiled. */
  body: Part[] | null;
  /** A partial's text (indented like its tag), compiled on first use so that one including itself does not recurse. */
  partial: string | null;
}

function part(kind: number, value: string, lookup: Part['lookup'] = null, body: Part[] | null = null, partial: string | null = null): Part {
  return { kind, value, lookup, body, partial };
}

function compileTokens(tokens: readonly Token[], partials: Partials): Part[] {
  const parts: Part[] = [];
  for (const token of tokens) {
    const [type, value] = token;
    switch (type) {
      case 'text':
        // adjacent texts (mustache can give two) are joined, as they would be in the output
        if (parts.at(-1)?.kind === TEXT) parts.at(-1)!.value += value;
        else parts.push(part(TEXT, value));
        break;
      case 'name':
        parts.push(part(ESCAPED, value, lookupFn(value)));
        break;
      case '&':
        parts.push(part(RAW, value, lookupFn(value)));
        break;
      case '#':
        parts.push(part(SECTION, value, lookupFn(value), compileTokens(token[4] ?? [], partials)));
        break;
      case '^':
        parts.push(part(INVERTED, value, lookupFn(value), compileTokens(token[4] ?? [], partials)));
        break;
      case '>': {
        const text = partials[value];
        if (text === null || text === undefined) break;
        const [, , , , indentation, tagIndex, lineHasNonSpace] = token as unknown as [string, string, number, number, string, number, boolean];
        parts.push(part(PARTIAL, value, null, null, tagIndex === 0 && indentation ? indentPartial(text, indentation, lineHasNonSpace) : text));
        break;
      }
      default:
        break; // comments and delimiter changes render nothing
    }
  }
  return parts;
}

function run(parts: readonly Part[], frame: Frame, partials: Partials, escape: Escape): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    switch (p.kind) {
      case TEXT:
        out += p.value;
        break;
      case ESCAPED: {
        const v = p.lookup!(frame);
        if (v !== null && v !== undefined) out += escape(v);
        break;
      }
      case RAW: {
        const v = p.lookup!(frame);
        if (v !== null && v !== undefined) out += String(v);
        break;
      }
      case SECTION: {
        const v = p.lookup!(frame);
        if (!v) break;
        if (Array.isArray(v)) {
          for (let j = 0; j < v.length; j++) out += run(p.body!, { view: v[j], parent: frame }, partials, escape);
        } else if (typeof v === 'object' || typeof v === 'string' || typeof v === 'number') {
          out += run(p.body!, { view: v, parent: frame }, partials, escape);
        } else if (typeof v === 'function') {
          throw new Error(`template section "${p.value}" is a function: views are plain data`);
        } else {
          out += run(p.body!, frame, partials, escape);
        }
        break;
      }
      case INVERTED: {
        const v = p.lookup!(frame);
        if (!v || (Array.isArray(v) && v.length === 0)) out += run(p.body!, frame, partials, escape);
        break;
      }
      case PARTIAL:
        p.body ??= compileTokens(Mustache.parse(p.partial!) as unknown as Token[], partials);
        out += run(p.body, frame, partials, escape);
        break;
    }
  }
  return out;
}

export type CompiledTemplate = (view: object) => string;

/** A template with its partials and escape, compiled once (see the module comment for what differs from Mustache.render). */
export function compileTemplate(template: string, partials: Partials, escape: Escape): CompiledTemplate {
  const parts = compileTokens(Mustache.parse(template) as unknown as Token[], partials);
  return (view) => run(parts, { view, parent: null }, partials, escape);
}
