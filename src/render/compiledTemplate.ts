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

type Part = (frame: Frame) => string;

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

function compileTokens(tokens: readonly Token[], partials: Partials, escape: Escape): Part[] {
  return tokens.flatMap((token): Part[] => {
    const [type, value] = token;
    switch (type) {
      case 'text':
        return [() => value];
      case 'name': {
        const lookup = lookupFn(value);
        return [(frame) => {
          const v = lookup(frame);
          return v === null || v === undefined ? '' : escape(v);
        }];
      }
      case '&': {
        const lookup = lookupFn(value);
        return [(frame) => {
          const v = lookup(frame);
          return v === null || v === undefined ? '' : String(v);
        }];
      }
      case '#': {
        const lookup = lookupFn(value);
        const body = compileTokens(token[4] ?? [], partials, escape);
        return [(frame) => {
          const v = lookup(frame);
          if (!v) return '';
          if (Array.isArray(v)) {
            let out = '';
            for (const item of v) out += run(body, { view: item, parent: frame });
            return out;
          }
          if (typeof v === 'object' || typeof v === 'string' || typeof v === 'number') return run(body, { view: v, parent: frame });
          if (typeof v === 'function') throw new Error(`template section "${value}" is a function: views are plain data`);
          return run(body, frame);
        }];
      }
      case '^': {
        const lookup = lookupFn(value);
        const body = compileTokens(token[4] ?? [], partials, escape);
        return [(frame) => {
          const v = lookup(frame);
          return !v || (Array.isArray(v) && v.length === 0) ? run(body, frame) : '';
        }];
      }
      case '>': {
        const partial = partials[value];
        if (partial === null || partial === undefined) return [];
        const [, , , , indentation, tagIndex, lineHasNonSpace] = token as unknown as [string, string, number, number, string, number, boolean];
        const text = tagIndex === 0 && indentation ? indentPartial(partial, indentation, lineHasNonSpace) : partial;
        // compiled on first use, so a partial that includes itself does not recurse at compile time
        let body: Part[] | null = null;
        return [(frame) => run((body ??= compileTokens(Mustache.parse(text) as unknown as Token[], partials, escape)), frame)];
      }
      default:
        return []; // comments and delimiter changes render nothing
    }
  });
}

function run(parts: readonly Part[], frame: Frame): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += parts[i]!(frame);
  return out;
}

export type CompiledTemplate = (view: object) => string;

/** A template with its partials and escape, compiled once (see the module comment for what differs from Mustache.render). */
export function compileTemplate(template: string, partials: Partials, escape: Escape): CompiledTemplate {
  const parts = compileTokens(Mustache.parse(template) as unknown as Token[], partials, escape);
  return (view) => run(parts, { view, parent: null });
}
