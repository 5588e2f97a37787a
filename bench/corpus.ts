// A news-like corpus from our own templates: articles of ~20 sentences mixing coded events, quotes, dates,
// places and filler, with a fixed seed so every run codes the same text.
const ACTORS = ['France', 'Germany', 'India', 'China', 'Japan', 'Brazil', 'Kenya', 'NATO', 'the European Union', 'Russian troops', 'Indian officials', 'the United Nations', 'Pakistani police', 'South Korea', 'Turkey', 'Egypt', 'Moscow', 'Washington', 'Chinese diplomats', 'Ukraine'];
const CLAUSES = [
  '{a} accused {b} of violating the ceasefire',
  '{a} met with {b} on the sidelines of the summit',
  '{a} has invited {b} and {c} to attend talks in Geneva on 12 May',
  '{a} condemned the attack on {b}',
  '{a} signed a trade agreement with {b}',
  '{a} would not want to invite {b} at this stage',
  '{a} urged {b} to show restraint',
  '{a} blamed the crisis on {b}',
  '{a} sent humanitarian aid to {b}',
  '{a} threatened to impose sanctions on {b}',
  '{a} praised {b} for its role in the negotiations',
  '{a} will host a visit by {b} next week',
];
const FILLER = [
  'The remarks come at a time of rising tension in the region.',
  'Analysts said the move could reshape the balance of power.',
  'Markets reacted calmly to the news on Tuesday.',
  'The meeting lasted more than three hours and ended without a joint statement.',
  '"We are open to more engagement," the spokesperson said.',
  'She explained, "The door remains open, but the decision is theirs."',
];

export function generateCorpus(sentences: number, seed = 42): string[] {
  let state = seed;
  const random = (n: number): number => {
    // Math.imul keeps the product in 32 bits; a plain multiply loses precision and the sequence cycles early.
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
  const pick = <T>(list: T[]): T => list[random(list.length)];
  const articles: string[] = [];
  let made = 0;
  while (made < sentences) {
    const lines: string[] = [];
    for (let i = 0; i < 20 && made < sentences; i++, made++) {
      if (random(3) === 0) {
        lines.push(pick(FILLER));
        continue;
      }
      const clause = pick(CLAUSES).replace('{a}', pick(ACTORS)).replace('{b}', pick(ACTORS)).replace('{c}', pick(ACTORS));
      lines.push(`${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`);
    }
    articles.push(`date 2024-03-0${1 + random(9)}\n${lines.join(' ')}`);
  }
  return articles;
}
