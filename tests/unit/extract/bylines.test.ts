import { describe, expect, it } from 'vitest';
import { namesFromMetadata, parseByline } from '../../../utils/extract/bylines';

describe('parseByline', () => {
  it.each([
    ['박현아 기자', ['박현아']],
    ['박현아', ['박현아']],
    ['김가나·이다라 기자', ['김가나', '이다라']],
    ['김가나, 이다라 기자', ['김가나', '이다라']],
    ['홍길동 기자 hong@example.co.kr', ['홍길동']],
    ['홍길동 선임기자 <hong@hani.example>', ['홍길동']],
    ['[서울=뉴시스]홍길동 기자 =', ['홍길동']],
    ['(서울=뉴스1) 홍길동 김철수 기자 =', ['홍길동', '김철수']],
    ['(워싱턴=연합뉴스) 김동현 특파원 =', ['김동현']],
    ['[세종=아시아경제 주상돈 기자]', ['주상돈']],
    ['글·사진 홍길동 기자', ['홍길동']],
    ['/송지민 기자 jmsong@hannae-ilbo.example', ['송지민']],
    ['안산 | 김하진 기자 hjkim@kyunghyang.example', ['김하진']],
    ['YTN 정인용 (quotejeong@ytn.example)', ['정인용']],
    ['MBC뉴스 홍길동입니다.', ['홍길동']],
    ['By Kim Min-ji', ['Kim Min-ji']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['김철수 칼럼니스트', ['김철수']],
  ])('%s', (byline, names) => {
    expect(parseByline(byline)).toEqual(names);
  });

  it.each(['미디어경제뉴스', '온라인뉴스팀', '편집국', '그는 기자회견에서 말했다', '연합뉴스 | 네이버', ''])(
    'finds no person in "%s"',
    (text) => {
      expect(parseByline(text)).toEqual([]);
    },
  );
});

describe('namesFromMetadata', () => {
  it('drops the press and portal names that metadata often carries', () => {
    expect(namesFromMetadata(['서울신문 | 네이버', '박현아 기자'], ['서울신문'])).toEqual(['박현아']);
    expect(namesFromMetadata(['미디어경제뉴스'], ['미디어경제뉴스'])).toEqual([]);
  });
});
