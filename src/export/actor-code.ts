// A CAMEO actor code split into GDELT's actor attribute columns: "USAGOV" → country USA, type GOV;
// "IGOWSTNAT" → type IGO, known group NAT (the WST region qualifier is not a column of its own).
export type ActorParts = { country: string; knownGroup: string; types: string[] };

/** Role and sector codes (GDELT's Type columns). */
const TYPES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU',
  'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'AMN', 'IRC', 'GRP', 'PKO', 'UIS', 'SET',
  'IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO',
]);

/** Codes that open an international or non-state actor rather than a country. */
const NON_STATE = new Set(['IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'UIS']);

/** CAMEO region codes that qualify an international body ("IGO WST NAT"). */
const REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'BAL', 'CAS', 'CAU', 'CRB', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS',
  'SAF', 'SAM', 'SAS', 'SEA', 'WAF', 'WEU', 'WST', 'SCN', 'CEU', 'NAM', 'CAM', 'EAS', 'WAS',
]);

export function actorParts(code: string | null): ActorParts {
  const parts: ActorParts = { country: '', knownGroup: '', types: [] };
  if (!code) return parts;
  const chunks: string[] = code.match(/.{1,3}/g) ?? [];
  const first = chunks[0] ?? '';
  let i = 0;
  if (first && !TYPES.has(first)) {
    parts.country = first;
    i = 1;
  }
  const international = NON_STATE.has(first);
  for (; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (TYPES.has(chunk)) parts.types.push(chunk);
    else if (international && REGIONS.has(chunk)) continue;
    else if (international) parts.knownGroup = chunk;
  }
  parts.types = parts.types.slice(0, 3);
  return parts;
}
