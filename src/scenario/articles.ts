// The game's three source articles (shared/seeds/): their file names and titles, in both languages. A
// scenario names one of them as a source by its file; other sources are described in the scenario itself.
import type { Text } from './schema.ts';

export interface Article {
  file: string;
  title: Text; // the article's own title, and a translation of it
  date?: string;
}

export const ARTICLES: readonly Article[] = [
  {
    file: '000_4ca6c69238728c1b.txt',
    title: {
      en: 'Holding high the banner of localization, we cannot become the next Japan',
      zh: '高举国产化大旗,我们不能成为第二个日本',
    },
  },
  {
    file: '001_4592820d582c5a5e.txt',
    title: { zh: '中日技术谈判像一场慢速拔河', en: 'China–Japan technology talks are a slow tug-of-war' },
    date: '2025-10-01',
  },
  {
    file: '002_aaf996dc31428b54.txt',
    title: {
      zh: '美国芯片“卡脖子”,中国AI崛起的危与机!',
      en: 'US chip chokeholds: danger and opportunity in China’s AI rise',
    },
    date: '2025-01-31',
  },
];

export const KNOWN_ARTICLES: readonly string[] = ARTICLES.map((a) => a.file);
