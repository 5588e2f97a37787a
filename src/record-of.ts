// Doc → DocRecord: the stand-off layers as the record contract draws them (actors grouped by code, places by
// name, internal token indexes dropped).
import type { Doc } from './doc.ts';
import { RECORD_VERSION, type Actor, type DocRecord, type Place } from './record.ts';

export function toRecord(doc: Doc): DocRecord {
  const actors = new Map<string, Actor>();
  for (const m of doc.mentions) {
    if (m.code === null) continue;
    let actor = actors.get(m.code);
    if (!actor) {
      actor = { code: m.code, name: m.kind === 'person' ? m.name : m.name, kind: m.kind === 'person' ? 'person' : m.kind, mentions: [] };
      actors.set(m.code, actor);
    }
    actor.mentions.push({ start: m.start, end: m.end, text: m.text, via: m.via });
  }
  const places = new Map<string, Place>();
  for (const p of doc.places) {
    const key = `${p.name}|${p.country}`;
    let place = places.get(key);
    if (!place) {
      place = { name: p.name, country: p.country, lat: p.lat, lon: p.lon, mentions: [] };
      places.set(key, place);
    }
    place.mentions.push({ start: p.start, end: p.end, text: p.text });
  }
  return {
    dyad: RECORD_VERSION,
    id: doc.id,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    published: doc.published,
    text: doc.text,
    removed: doc.removed,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    actors: [...actors.values()],
    people: doc.people,
    events: doc.events,
    quotes: doc.quotes,
    places: [...places.values()],
    times: doc.times.map((t) => ({ text: t.text, start: t.start, end: t.end, span: t.span })),
    relations: doc.relations,
    warnings: doc.warnings,
  };
}
