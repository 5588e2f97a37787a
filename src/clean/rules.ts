// Cruft rules from dictionaries/cleaning.yaml, compiled once.
import type { CruftRule } from '../lexicon/schema.ts';

export type CompiledCruftRule = CruftRule & { regex: RegExp };

export function compileCruftRules(rules: CruftRule[]): CompiledCruftRule[] {
  return rules.map((rule) => ({ ...rule, regex: new RegExp(rule.line, 'iu') }));
}
