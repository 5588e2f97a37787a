// POLECAT-style PLOVER records: one JSON object per coded event, with the PLOVER event type and mode, each
// actor as {actorText, code, country, sector}, the sentence, the place, and the story it came from.
import type { EventRow } from '../store/types.ts';
import { actorParts } from './actor-code.ts';

export type PloverActor = { actorText: string | null; code: string; name: string | null; country: string | null; sector: string | null };

export type PloverRecord = {
  id: string;
  date: string | null;
  event: string | null;
  mode: string | null;
  context: string[];
  source: PloverActor[];
  target: PloverActor[];
  eventText: string;
  text: string;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  negated: boolean;
  modality: string | null;
  cameo: string;
  quadClass: number;
  goldstein: number;
  storyId: string;
  storyDate: string | null;
  headline: string | null;
  url: string | null;
  publication: string;
  language: 'en';
  coder: string;
};

function actor(code: string | null, name: string | null, text: string | null): PloverActor[] {
  if (!code) return [];
  const parts = actorParts(code);
  return [{ actorText: text, code, name, country: parts.country || null, sector: parts.types[0] ?? null }];
}

export function ploverRecord(event: EventRow): PloverRecord {
  return {
    id: `dyad-${event.id}`,
    date: event.date,
    event: event.ploverEvent,
    mode: event.ploverMode,
    context: [],
    source: actor(event.source, event.sourceName, event.sourceText),
    target: actor(event.target, event.targetName, event.targetText),
    eventText: event.verb,
    text: event.evidence,
    location: event.placeName ? { name: event.placeName, country: event.placeCountry, lat: event.placeLat, lon: event.placeLon } : null,
    negated: event.negated,
    modality: event.mode,
    cameo: event.cameo,
    quadClass: event.quad,
    goldstein: event.goldstein,
    storyId: event.document,
    storyDate: event.published,
    headline: event.title,
    url: event.url,
    publication: event.outlet,
    language: 'en',
    coder: `dyad:${event.rule}`,
  };
}
