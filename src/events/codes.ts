// A CAMEO code's facts from cameo.tsv; codes missing from the table fall back on their root's QuadClass.
import type { Lexicon } from '../lexicon/index.ts';

export type CodeFacts = { known: boolean; root: string; quad: number; goldstein: number; ploverEvent: string | null; ploverMode: string | null };

export function describeCode(lexicon: Lexicon, code: string): CodeFacts {
  const root = code.slice(0, 2);
  const row = lexicon.cameo.get(code) ?? lexicon.cameo.get(code.slice(0, 3)) ?? lexicon.cameo.get(root);
  if (row) return { known: lexicon.cameo.has(code), root, quad: row.quad, goldstein: row.goldstein, ploverEvent: row.ploverEvent, ploverMode: row.ploverMode };
  return { known: false, root, quad: quadOfRoot(root), goldstein: 0, ploverEvent: null, ploverMode: null };
}

/** GDELT's QuadClass: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. */
export function quadOfRoot(root: string): number {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}

/**
 * CAMEO codes what an actor will or would do, or stands ready to do, as intent: cooperation (04–08) as the
 * matching "express intent" code of root 03 ("Finland will give Tanzania a grant" → 0331), force and coercion
 * (16–20) as the matching threat of root 13 ("will attack" → 1384), and protest, strike or boycott (14) as the
 * threat of dissent ("will boycott the elections" → 133). Other codes stay as they are.
 */
const INTENT: Array<[RegExp, string]> = [
  [/^045/, '039'], [/^04/, '036'],
  [/^057/, '030'], [/^05/, '032'],
  [/^061/, '0311'], [/^062/, '0312'], [/^063/, '0313'], [/^064/, '0314'], [/^06/, '031'],
  [/^071/, '0331'], [/^072/, '0332'], [/^073/, '0333'], [/^074/, '0334'], [/^07/, '033'],
  [/^0831/, '0341'], [/^0832/, '0342'], [/^0833/, '0343'], [/^0834/, '0344'], [/^083/, '034'],
  [/^081/, '0351'], [/^082/, '0352'], [/^084/, '0353'], [/^085/, '0354'], [/^086/, '0355'], [/^087/, '0356'], [/^08/, '035'],
  [/^161/, '1313'], [/^162/, '1311'], [/^163/, '1312'], [/^164/, '134'], [/^165/, '135'], [/^166/, '136'], [/^16/, '131'],
  [/^1721/, '1321'], [/^1722/, '1322'], [/^1723/, '1323'], [/^1724/, '1324'], [/^172/, '132'], [/^175/, '137'], [/^17/, '130'],
  [/^14/, '133'],
  [/^18/, '1383'], [/^191/, '1381'], [/^192/, '1382'], [/^204/, '1385'], [/^(19|20)/, '1384'],
];

export function intentCode(code: string): string {
  for (const [from, to] of INTENT) if (from.test(code)) return to;
  return code;
}

/** What one actor says another must do, as CAMEO's demand for the same thing ("must withdraw" → 1056). */
const DEMAND: Array<[RegExp, string]> = [
  [/^045/, '108'], [/^04/, '106'], [/^05/, '102'],
  [/^061/, '1011'], [/^062/, '1012'], [/^063/, '1013'], [/^064/, '1014'], [/^06/, '101'],
  [/^071/, '1031'], [/^072/, '1032'], [/^073/, '1033'], [/^074/, '1034'], [/^07/, '103'],
  [/^0831/, '1041'], [/^0832/, '1042'], [/^0833/, '1043'], [/^0834/, '1044'], [/^083/, '104'],
  [/^081/, '1051'], [/^082/, '1052'], [/^084/, '1053'], [/^085/, '1054'], [/^086/, '1055'], [/^087/, '1056'], [/^08/, '105'],
  [/^037/, '107'], [/^038/, '108'], [/^036/, '106'], [/^10/, '$&'],
];

export function demandCode(code: string): string {
  for (const [from, to] of DEMAND) if (from.test(code)) return to === '$&' ? code : to;
  return '100';
}

/** What refusing a cooperation is in CAMEO's root 12 ("will not accept refugees" → 122); null for other codes. */
const REJECTION: Array<[RegExp, string]> = [
  [/^03[01]/, '121'], [/^03[26]/, '125'], [/^033/, '122'], [/^034/, '123'], [/^035/, '124'], [/^037/, '127'], [/^03[89]/, '126'], [/^03/, '120'],
  [/^045/, '126'], [/^04/, '125'],
  [/^057/, '127'], [/^05/, '120'],
  [/^061/, '1211'], [/^062/, '1212'], [/^06/, '121'],
  [/^071/, '1221'], [/^072/, '1222'], [/^073/, '1223'], [/^074/, '1224'], [/^07/, '122'],
  [/^0831/, '1231'], [/^0832/, '1232'], [/^0833/, '1233'], [/^0834/, '1234'], [/^083/, '123'],
  [/^081/, '1241'], [/^082/, '1242'], [/^084/, '1243'], [/^085/, '1244'], [/^086/, '1245'], [/^087/, '1246'], [/^08/, '124'],
];

export function rejectionCode(code: string): string | null {
  for (const [from, to] of REJECTION) if (from.test(code)) return to;
  return null;
}

/**
 * A meeting, call or negotiation is done by both sides: "Wang Yi held talks with Mauro Vieira" is also Brazil
 * consulting China, and "Riyadh received al-Sharaa" is Syria's visit. The code the other side's event takes, or null.
 */
const MEETING_REVERSE: Array<[RegExp, string]> = [[/^040/, '040'], [/^041/, '041'], [/^043/, '042'], [/^044/, '044'], [/^046/, '046']];

export function meetingReverse(code: string): string | null {
  for (const [from, to] of MEETING_REVERSE) if (from.test(code)) return to;
  return null;
}

/** Roles whose attacks are assaults, not a military's use of force: settlers, mobs, gangs, protesters. */
const IRREGULAR = new Set(['CVL', 'OPP', 'CRM', 'LAB', 'EDU', 'REL', 'BUS', 'REF', 'AGR', 'MED', 'HLH']);

/** "Israeli settlers attacked the village": a plain attack by people who are no armed force is CAMEO's 180. */
export function attackerCode(code: string, source: string): string {
  return code === '190' && IRREGULAR.has(source.slice(3, 6)) ? '180' : code;
}
