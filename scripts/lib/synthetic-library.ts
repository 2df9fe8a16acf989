/**
 * A synthetic library for `npm run bench:library`: articles of about 3 KB of Korean text made
 * from the sentences of the project's own fixture pages, spread over 40 sections (with
 * subsections), 500 reporters and 20 outlets. Seeded, so every run measures the same library.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PortableArticle } from '../../utils/db/derived';

export const SECTION_COUNT = 40;
export const REPORTER_COUNT = 500;
const SITE_COUNT = 20;
/** About 3 KB of UTF-8: Hangul syllables take 3 bytes. */
const TEXT_BYTES = 3_000;

/** Park–Miller: small, seeded, good enough to spread articles. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** Korean sentences from the fixtures' gold paragraphs. */
export function koreanSentences(fixtureDirs: string[]): string[] {
  const sentences = new Set<string>();
  for (const file of fixtureDirs.flatMap(jsonFiles)) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as { bodyParagraphs?: string[] };
    for (const paragraph of gold.bodyParagraphs ?? []) {
      for (const sentence of paragraph.split(/(?<=[다요]\.)\s+/u)) {
        const hangul = sentence.match(/[가-힣]/gu)?.length ?? 0;
        if (sentence.length >= 20 && hangul / sentence.length > 0.5) sentences.add(sentence.trim());
      }
    }
  }
  return [...sentences];
}

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍'];
const GIVEN = ['서', '윤', '하', '준', '민', '지', '현', '수', '아', '은', '도', '재', '우', '연', '성', '주', '영', '진', '혜', '호'];
const SECTIONS = ['정치', '경제', '사회', '국제', '문화', '스포츠', '연예', '과학', 'IT', '생활', '건강', '교육', '부동산', '금융', '산업', '오피니언', '지역', '환경', '여행', '음식'];
const SUBSECTIONS = ['일반', '정책', '현장', '분석', '인터뷰'];

/** A distinct three-syllable name for each index below 800. */
export function reporterName(index: number): string {
  const pairs = SURNAMES.length * GIVEN.length;
  return SURNAMES[index % SURNAMES.length] + GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length] + GIVEN[(Math.floor(index / pairs) * 11 + index * 3) % GIVEN.length];
}

/** `count` articles; `marker` words (e.g. 생물학자) go into some titles and bodies for search. */
export function syntheticArticles(count: number, sentences: string[], seed = 20240206): PortableArticle[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const reporters = Array.from({ length: REPORTER_COUNT }, (_, index) => reporterName(index));
  const sections = Array.from({ length: SECTION_COUNT }, (_, index) => `${SECTIONS[index % SECTIONS.length]}${index < SECTIONS.length ? '' : ' 2'}`);
  const sites = Array.from({ length: SITE_COUNT }, (_, index) => `${SECTIONS[index]}신문`);
  const start = Date.parse('2023-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, index) => {
    const paragraphs: string[] = [];
    let bytes = 0;
    while (bytes < TEXT_BYTES) {
      const paragraph = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)).join(' ');
      paragraphs.push(paragraph);
      bytes += Buffer.byteLength(paragraph) + 1;
    }
    // One article in 50 mentions 생물학자 in its body, one in 500 in its title.
    if (index % 50 === 7) paragraphs.splice(1, 0, '국내 생물학자들은 이번 연구 결과가 의미 있다고 평가했다.');
    const title = (index % 500 === 3 ? '생물학자가 본 ' : '') + pick(sentences).slice(0, 20 + Math.floor(next() * 20)).trim();
    const names = Array.from({ length: next() < 0.15 ? 2 : 1 }, () => pick(reporters));
    const published = new Date(start + index * 45 * 60_000).toISOString().replace('.000Z', '+00:00');
    const saved = new Date(start + index * 60 * 60_000).toISOString();
    return {
      url: `https://news${index % SITE_COUNT}.example/article/${index + 1}`,
      title,
      byline: `${names.join('·')} 기자`,
      reporters: [...new Set(names)],
      section: pick(sections),
      subsection: next() < 0.6 ? pick(SUBSECTIONS) : null,
      publishedAt: published,
      modifiedAt: null,
      siteName: pick(sites),
      lang: 'ko',
      excerpt: paragraphs[0].slice(0, 120),
      contentHtml: paragraphs.map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`).join(''),
      textContent: paragraphs.join('\n'),
      leadImage: null,
      readingMinutes: Math.max(1, Math.round(bytes / 3 / 500)),
      savedAt: saved,
      updatedAt: saved,
      readAt: index % 3 === 0 ? saved : null,
    };
  });
}
