// --expand-members: an event whose source or target is a body's membership as a collective ("the member
// countries of the alliance", "NATO members", "EU member states", "G7 leaders") becomes one event per member on
// the event's date, each marked with the collective it came from. Without the option the collective code stays.
import type { DocRecord, Event, Mention } from '../record.ts';
import { memberStandings, type Knowledge } from './knowledge.ts';

/** "member countries of", "members of", "allies in": the collective is named before the body. */
const BEFORE = /\b(member\s+(countries|states|nations|governments)|members|allies|leaders|partners\s+in)\s+(of|in|within)\s+$/i;
/** "NATO members", "EU member states", "G7 leaders", "NATO allies": the collective is named after the body. */
const AFTER = /^(\s*'s)?\s+(member\s+(countries|states|nations|governments)|members|allies|leaders|heads\s+of\s+(state|government))\b/i;

export function expandMembers(record: DocRecord, knowledge: Knowledge): DocRecord {
  const events: Event[] = [];
  for (const event of record.events) {
    const date = event.date ?? record.published;
    const source = collective(record, knowledge, event.source, event.sourceMention);
    const target = event.target === null ? null : collective(record, knowledge, event.target, event.targetMention);
    if (date === null || (!source && !target)) {
      events.push(event);
      continue;
    }
    const sources = source ? membersOn(knowledge, source, date) : [event.source];
    const targets = target ? membersOn(knowledge, target, date) : [event.target];
    if (sources.length === 0 || targets.length === 0) {
      events.push(event);
      continue;
    }
    for (const member of sources) {
      for (const other of targets) {
        if (member === other) continue;
        events.push({ ...event, source: member, target: other, expandedFrom: [source, target].filter((code) => code !== null).join(' ') });
      }
    }
  }
  return { ...record, events };
}

/** The body whose members the mention stands for, or null when it is the body itself that acts. */
function collective(record: DocRecord, knowledge: Knowledge, code: string, mention: Mention | null): string | null {
  if (mention === null) return null;
  const body = knowledge.bodies.has(code) ? code : [...knowledge.bodies.values()].find((entry) => entry.actorCode === code)?.code;
  if (body === undefined) return null;
  const before = record.text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = record.text.slice(mention.end, mention.end + 40);
  return BEFORE.test(before) || AFTER.test(after) || /\bmembers?\b/i.test(mention.text) ? body : null;
}

function membersOn(knowledge: Knowledge, body: string, date: string): string[] {
  return memberStandings(knowledge, body, date).map((standing) => standing.code);
}
