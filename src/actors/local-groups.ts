// "Gunmen attacked a police station in northwest Pakistan", "Protesters blocked roads in Nairobi", "were
// abducted by gunmen": a group named by its role alone, as a clause's subject or a passive's agent, is taken to be
// of the one country the sentence is about, as CAMEO coders read domestic reports. Only roles that are almost
// always local are read so: armed groups, protesters, rebels, police, courts, workers and the like. Officials and
// soldiers are not: "officials said Russian drones struck Kyiv" and "soldiers killed two men in the West Bank" are
// often another country's.
import type { ActorMention, Doc } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { reportsBare } from '../quotes/cues.ts';
import { homeCountry } from './home-country.ts';

const LOCAL_ROLES = new Set(['UAF', 'OPP', 'REB', 'CVL', 'LAB', 'AGR', 'EDU', 'CRM', 'RAD', 'COP', 'JUD', 'HLH']);
/** Words that may come before the role at the sentence start: "A suicide bomber", "Hundreds of protesters". */
const LEADING = /^(DET|NUM|ADJ)$/;
const QUANTITIES = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'several', 'some', 'many', 'up', 'to', 'about', 'around', 'nearly', 'more', 'than', 'of']);

/** Words after which a clause's subject may begin: "…, and police opened fire", "after troops fired". */
const OPENERS = new Set(['and', 'but', 'while', 'as', 'after', 'when', 'before', 'until', 'because', ',', ';']);

/** Mentions for subject roles and by-agents that no actor owns, coded with the sentence's home country. */
export function localGroups(doc: Doc, lexicon: Lexicon, named: ActorMention[]): ActorMention[] {
  const { tokens, text } = doc;
  const found: ActorMention[] = [];
  for (const sentence of doc.sentences) {
    let home: string | null | undefined;
    for (let at = sentence.firstToken; at <= sentence.lastToken; at++) {
      const before = at > sentence.firstToken ? tokens[at - 1] : null;
      // "were abducted by gunmen": a passive's agent.
      const agent = before?.lower === 'by' && tokens[at - 2]?.pos === 'VERB';
      // "police said gangs had killed…": after "that" or a verb that reports speech without it.
      const reported = before !== null && (before.lower === 'that' || (before.pos === 'VERB' && reportsBare(lexicon.cues, before.lemma)));
      if (before && !agent && !reported && !OPENERS.has(before.lower)) continue;
      // The role after leading words, or among them: "an improvised explosive device" starts at "improvised".
      let i = at;
      let role = matchAt(lexicon.agents, text, tokens, i, sentence.lastToken);
      while (!role && i <= sentence.lastToken && (LEADING.test(tokens[i].pos) || QUANTITIES.has(tokens[i].lower))) {
        i++;
        role = i <= sentence.lastToken ? matchAt(lexicon.agents, text, tokens, i, sentence.lastToken) : null;
      }
      if (!role || named.some((m) => m.firstToken <= i && m.lastToken >= i) || !LOCAL_ROLES.has(role.entry.value.code)) continue;
      if (!agent && !beforeVerb(tokens, role.last + 1, sentence.lastToken)) continue;
      home ??= homeCountry(doc, lexicon, sentence, named, { travelled: false, placeFirst: true });
      const country = home ? lexicon.countries.byCode.get(home) : undefined;
      if (!country) break;
      const start = tokens[role.first].start;
      const end = tokens[role.last].end;
      found.push({ start, end, text: text.slice(start, end), firstToken: role.first, lastToken: role.last, code: `${home}${role.entry.value.code}`, name: country.name, kind: 'country', via: 'agent', person: null, rule: 'actors:local-group' });
      at = role.last;
    }
  }
  return found;
}

const ASIDE_TOKENS = 8;

/** Words of a phrase placing the group: "near the town of Samarra on Sunday". */
const PLACING = /^(ADP|DET|NUM|ADJ|NOUN|PROPN)$/;

/** Whether a verb follows at `t`, or after a phrase placing the group ("protesters in Nairobi demanded…"). */
function beforeVerb(tokens: Doc['tokens'], from: number, last: number): boolean {
  const isVerb = (k: number): boolean => tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
  // "Jihadist fighters", "rebel commanders": the role may be the first of two nouns.
  let t = from;
  while (t <= last && tokens[t].pos === 'NOUN') t++;
  if (isVerb(t)) return true;
  // "Tens of thousands of people, led by university students, rallied…": an aside between commas.
  if (tokens[t]?.text === ',') {
    for (let k = t + 1; k <= Math.min(last, t + ASIDE_TOKENS); k++) if (tokens[k].text === ',') return isVerb(k + 1);
    return false;
  }
  if (tokens[t]?.pos !== 'ADP' || tokens[t].lower === 'of') return false;
  let k = t;
  while (k <= last && PLACING.test(tokens[k].pos)) k++;
  return k <= last && isVerb(k);
}
