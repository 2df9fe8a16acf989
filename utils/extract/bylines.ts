import {
  BROADCAST_SIGNOFF,
  BYLINE_LINE,
  DESK_NAME,
  EMAIL,
  EMAIL_SOURCE,
  ENGLISH_BYLINE,
  NAME,
  NAMES_WITH_ROLE,
  ORGANISATION_WORD,
  PHOTO_CREDIT,
  ROLE,
  WIRE_DATELINE,
} from './patterns';

const HANGUL_NAME = /^[가-힣]{2,4}$/u;
const LATIN_NAME = /^[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3}$/u;
const NAME_SPLIT = /\s*(?:[·ㆍ,/&]|\s및\s|\sand\s|\s)\s*/u;
const ROLE_SUFFIX = new RegExp(`\\s*${ROLE}$`, 'u');
const LEADING_CREDIT = /^(?:글|사진|영상|그래픽|취재|정리|글·사진|사진·글|글ㆍ사진|기자명|작성자|기자|By|by|BY)\s*[=:|]?\s*/u;

const LABELLED_AUTHOR = /(?:기자명|작성자|글쓴이|필자)\s*[:：]?\s*([가-힣]{2,4})(?![가-힣])/u;
/** `정은수 한솔재활요양병원장` in author metadata: a name, then a title or affiliation. */
const NAME_THEN_TITLE = /^([가-힣]{2,4})\s+[가-힣A-Za-z·]{2,20}(?:\s+[가-힣A-Za-z·]{2,20}){0,2}$/u;

/** Syllable pairs that look like names but are words ending a byline line. */
const NOT_A_NAME = new Set([
  '기자', '특파원', '앵커', '사진', '영상', '그래픽', '취재', '정리', '제공', '입력', '수정', '승인', '등록',
  '송고', '뉴스', '구독', '응원', '기사', '댓글', '공유', '전체', '이메일', '메일', '연합', '편집',
  '북마크', '인쇄', '스크랩', '목록', '닫기', '더보기', '이전', '다음', '검색', '메뉴', '로그인', '홈', '정치', '경제',
  '사회', '문화', '국제', '세계', '스포츠', '연예', '오피니언', '사설', '칼럼', '속보', '단독', '포토', '영상',
]);

export function isPlausibleKoreanName(token: string): boolean {
  return HANGUL_NAME.test(token) && !NOT_A_NAME.has(token) && !ORGANISATION_WORD.test(token);
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = name.trim();
    if (clean && !seen.has(clean)) {
      seen.add(clean);
      out.push(clean);
    }
  }
  return out;
}

/** Splits `홍길동·김철수`, `홍길동 김철수`, `Kim Min-ji and John Roe` into names. */
/** `알렉스 김`: a given name written before a one-syllable family name is one person. */
const FOREIGN_STYLE_NAME = /^[가-힣]{2,5} [가-힣]$/u;

export function splitNames(names: string): string[] {
  const text = names.trim().replace(/\s+/g, ' ');
  if (/[가-힣]/u.test(text)) {
    const out: string[] = [];
    for (const piece of text.split(/\s*[·ㆍ,/&]\s*|\s및\s/u)) {
      if (FOREIGN_STYLE_NAME.test(piece)) out.push(piece);
      else out.push(...piece.split(' ').filter(isPlausibleKoreanName));
    }
    return uniqueNames(out);
  }
  return uniqueNames(
    text
      .split(/\s*(?:,|&|\band\b)\s*/u)
      .map((part) => part.trim())
      .filter((part) => LATIN_NAME.test(part)),
  );
}

/**
 * Reads reporter names from one byline string as a page shows it:
 * `박현아 기자`, `김가나·이다라 기자 kim@x.kr`, `[서울=뉴시스]홍길동 기자 =`, `By Kim Min-ji`,
 * or a bare `박현아` from a byline element. Organisations and desks give no names.
 */
export function parseByline(raw: string | null | undefined): string[] {
  if (!raw) return [];
  // `서윤희(yunhee77)`: a member id after the name is not part of it.
  let text = raw
    .replace(EMAIL, ' ')
    .replace(/\([A-Za-z0-9_.-]+\)/g, ' ')
    .replace(/[<>()[\]{}]\s*[<>()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length > 200) return [];
  // `글 최서진 기자 · 사진 오민규 기자`: the photographer is credited, not an author.
  const withoutCredits = text.replace(PHOTO_CREDIT, ' ').trim();
  if (withoutCredits !== text && /[가-힣]{2,4}/u.test(withoutCredits)) text = withoutCredits;

  const wire = WIRE_DATELINE.exec(text);
  if (wire && (wire[3] || wire[4])) return splitNames((wire[3] ?? '') + ' ' + (wire[4] ?? ''));

  // ND소프트's info bar: `기자명 정은수 한솔재활요양병원장` names the author whatever the title.
  const labelled = LABELLED_AUTHOR.exec(text);
  if (labelled && isPlausibleKoreanName(labelled[1])) return [labelled[1]];

  const english = ENGLISH_BYLINE.exec(text);
  if (english && !/[가-힣]/u.test(english[1])) return splitNames(english[1]);

  const signoff = BROADCAST_SIGNOFF.exec(text);
  if (signoff) return splitNames(signoff[2]);

  const line = BYLINE_LINE.exec(text);
  if (line) {
    const names = splitNames(line[1]);
    // `윤채석 한빛대 도시공학과 교수`: before a title other than 기자, what follows the name is an affiliation.
    return /(?:기자|특파원|앵커|리포터|통신원)\s*(?:[(<[]?\s*[\w.+-]+@[\w.-]+\s*[)>\]]?)?\s*$/u.test(text) || line[1].includes('·')
      ? names
      : names.slice(0, 1);
  }

  const withRole: string[] = [];
  for (const match of text.matchAll(NAMES_WITH_ROLE)) withRole.push(...splitNames(match[1]));
  if (withRole.length) return uniqueNames(withRole);

  // A byline element holding only names: `박현아`, `김가나, 이다라`.
  text = text.replace(LEADING_CREDIT, '').replace(ROLE_SUFFIX, '').replace(/[=|:]+\s*$/u, '').trim();
  if (DESK_NAME.test(text) || ORGANISATION_WORD.test(text)) return [];
  const parts = text.split(NAME_SPLIT).filter(Boolean);
  if (parts.length > 0 && parts.length <= 6 && parts.every(isPlausibleKoreanName)) return uniqueNames(parts);
  if (!/[가-힣]/u.test(text) && text.length <= 80) {
    const latin = splitNames(text.replace(/^by\s+/iu, ''));
    if (latin.length) return latin;
  }
  return [];
}

/** `[한솔타임즈=서은채 기자]`, `[더포커스ㅣ용산=남윤호 기자]`, `[OSTAR=부산, 윤하람 기자]` leading the body. */
const BRACKET_BYLINE = new RegExp(
  `^\\s*[\\[【]\\s*[^\\]】=]{1,24}=\\s*(?:[가-힣]{1,6}\\s*,\\s*)?((?:${NAME}[·,ㆍ\\s]*)+?)\\s*${ROLE}\\s*[\\]】]`,
  'u',
);

/**
 * The reporter named by the lead of the body: a wire dateline (`(서울=연합뉴스) 홍길동 기자 =`,
 * `[서울=뉴시스]홍길동 기자 =`) or an outlet bracket (`[한솔타임즈=서은채 기자]`). The lead stays text.
 */
export function leadBylineNames(lead: string): { names: string[]; shown: string } | null {
  const bracket = BRACKET_BYLINE.exec(lead);
  if (bracket) return { names: splitNames(bracket[1]), shown: bracket[0].trim() };
  const wire = WIRE_DATELINE.exec(lead);
  if (wire && (wire[3] || wire[4])) return { names: parseByline(wire[0]), shown: wire[0].trim() };
  return null;
}

/**
 * The names on a whole-line byline or sign-off (`홍길동 기자 hong@x.kr`, `취재 김나래·정우석 기자 |
 * 영상 최민호 기자`, `YTN 정다온 (daon@ytn.co.kr)`), or null when the line is something else.
 */
export function signOffNames(line: string): string[] | null {
  // `jwlee@x.example 이재원 특파원`: some outlets put the address first.
  const text = line.replace(PHOTO_CREDIT, ' ').replace(new RegExp(`^\\s*${EMAIL_SOURCE}\\s+`, 'u'), '').replace(/[\s|·,]+$/u, '').trim();
  if (!BYLINE_LINE.test(text) && !BROADCAST_SIGNOFF.test(text)) return null;
  return parseByline(line);
}

/** Author names from metadata (JSON-LD, `dable:author`, `meta author`), dropping organisations. */
export function namesFromMetadata(values: Array<string | null | undefined>, siteNames: string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (!value) continue;
    const cleaned = value.replace(EMAIL, ' ').trim();
    if (siteNames.some((site) => site && cleaned.includes(site))) continue;
    const names = parseByline(cleaned);
    const titled = NAME_THEN_TITLE.exec(cleaned);
    out.push(...(names.length ? names : titled && isPlausibleKoreanName(titled[1]) ? [titled[1]] : []));
  }
  return uniqueNames(out);
}
