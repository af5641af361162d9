// Builds regular-expression alternations from word lists as a trie, so the engine tests each character
// once instead of trying every word in turn: "t(?:alks|old\s+reporters)" rather than "talks|told\s+reporters".

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/;

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([ch, child]) => {
    const atom = ch === ' ' ? '\\s+' : SPECIAL.test(ch) ? `\\${ch}` : ch;
    return atom + emit(child);
  });
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/** A regex source matching any of `phrases` (a space in a phrase matches any run of white space). */
export function alternation(phrases: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase.replace(/\s+/g, ' ')) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  return `(?:${emit(root)})`;
}
