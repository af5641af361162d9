// Reads the served index (as JSON) to pick real sheets, so the tests follow the extraction as it improves.

export interface IndexJson {
  actorGroups: { kind: string; actors: { id: string; name: string; pageUrl: string; articleCount: number }[] }[];
  topics: { id: string; title: string; pageUrl: string; articleCount: number }[];
}

export interface SeedSheets {
  actor: { id: string; name: string; pageUrl: string };
  topic: { id: string; title: string; pageUrl: string };
}

/** The person in most articles, and the topic covering most articles. */
export async function seedSheets(origin: string): Promise<SeedSheets> {
  const index = (await (await fetch(`${origin}/index.json`)).json()) as IndexJson;
  const people = index.actorGroups.find((group) => group.kind === 'person')!.actors;
  const actor = [...people].sort((a, b) => b.articleCount - a.articleCount)[0]!;
  const topic = [...index.topics].sort((a, b) => b.articleCount - a.articleCount)[0]!;
  return { actor, topic };
}
