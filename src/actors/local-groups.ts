// "Gunmen attacked a police station in northwest Pakistan", "Protesters blocked roads in Nairobi": a group named
// by its role alone, opening the sentence as its subject, is taken to be of the one country the sentence is
// about, as CAMEO coders read domestic reports. Only roles that are almost always local are read so: armed
// groups, protesters, rebels, police, courts, workers and the like. Officials and soldiers are not: "officials
// said Russian drones struck Kyiv" and "soldiers killed two men in the West Bank" are often another country's.
import type { ActorMention, Doc } from '../doc.ts';
import { matchAt } from '../lexicon/gazetteer.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { homeCountry } from './home-country.ts';

const LOCAL_ROLES = new Set(['UAF', 'OPP', 'REB', 'CVL', 'LAB', 'AGR', 'EDU', 'CRM', 'RAD', 'COP', 'JUD', 'HLH']);
/** Words that may come before the role at the sentence start: "A suicide bomber", "Hundreds of protesters". */
const LEADING = /^(DET|NUM|ADJ)$/;
const QUANTITIES = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'several', 'some', 'many', 'up', 'to', 'about', 'around', 'nearly', 'more', 'than', 'of']);

/** Mentions for subject roles that no actor owns, coded with the sentence's home country; `named` is not changed. */
export function localGroups(doc: Doc, lexicon: Lexicon, named: ActorMention[]): ActorMention[] {
  const { tokens, text } = doc;
  const found: ActorMention[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i <= sentence.lastToken && (LEADING.test(tokens[i].pos) || QUANTITIES.has(tokens[i].lower))) i++;
    if (i > sentence.lastToken || named.some((m) => m.firstToken <= i && m.lastToken >= i)) continue;
    const role = matchAt(lexicon.agents, text, tokens, i, sentence.lastToken);
    const after = tokens[(role?.last ?? 0) + 1];
    if (!role || !LOCAL_ROLES.has(role.entry.value.code) || (after?.pos !== 'VERB' && after?.pos !== 'AUX')) continue;
    const home = homeCountry(doc, lexicon, sentence, named, { travelled: false, placeFirst: true });
    const country = home ? lexicon.countries.byCode.get(home) : undefined;
    if (!country) continue;
    const start = tokens[role.first].start;
    const end = tokens[role.last].end;
    found.push({ start, end, text: text.slice(start, end), firstToken: role.first, lastToken: role.last, code: `${home}${role.entry.value.code}`, name: country.name, kind: 'country', via: 'agent', person: null, rule: 'actors:local-group' });
  }
  return found;
}
