// Short invented news items for the server and browser tests, written to code under the fixture lexicon
// (test/fixtures/dictionaries): several days, several dyads, cooperation and conflict.
export type TestArticle = { id: string; title: string; date: string; text: string };

export const ARTICLES: TestArticle[] = [
  {
    id: 'talks-1',
    title: 'France and Chile hold talks',
    date: '2024-03-01',
    text: 'France met with Chile in Paris on Friday. Talks took place between France and Chile for a second day.\n\nChile said the talks went well.',
  },
  {
    id: 'accuse-1',
    title: 'Iran accuses Israel',
    date: '2024-03-02',
    text: 'Iran accused Israel of sabotage at a nuclear site. Israel blamed the blast on Iran.',
  },
  {
    id: 'attack-1',
    title: 'Troops attack positions',
    date: '2024-03-04',
    text: 'Russian troops attacked Ukrainian positions near the border. Ukraine accused Russia of shelling villages.',
  },
  {
    id: 'visit-1',
    title: 'A visit to Ghana',
    date: '2024-03-04',
    text: "Kenya's president visited Ghana. Ghana invited Kenya to the regional summit.",
  },
  {
    id: 'nato-1',
    title: 'NATO and Japan',
    date: '2024-03-06',
    text: 'NATO met with Japan in Brussels. Germany is open to more engagement with Brazil.',
  },
  {
    id: 'accuse-2',
    title: 'Peru blames Bolivia',
    date: '2024-03-09',
    text: 'Peru blamed the crisis on Bolivia. Bolivia accused Peru of meddling.',
  },
];

/** Text that would run script if it were ever inserted as HTML. */
export const HOSTILE_TEXT =
  'date 2024-03-10\nIran accused Israel of sabotage. <img src=x onerror=alert(1)> <script>alert(2)</script> France met with Chile.';
