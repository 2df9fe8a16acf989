/**
 * Every regular expression the extractor uses, hoisted into one place (as Readability does) so
 * they are compiled once and can be read together. Line-level patterns (`^…$`) are meant for the
 * text of one block (a paragraph, or one `<br>`-separated line), never for a whole body.
 *
 * JavaScript's `\b` is ASCII-only, so it never fires next to Hangul: these patterns use explicit
 * look-arounds or anchors instead. Sources for the shapes: ../shared/reference/korean-news-patterns.md.
 */

/** A Hangul personal name: 2–4 syllables (family + given), not a job title. */
/** Roles that follow a name in a byline. Longer alternatives first. */
export const ROLE =
  '(?:선임기자|전문기자|객원기자|인턴기자|수습기자|사진기자|영상기자|시민기자|명예기자|학생기자|대학생기자|청소년기자|기자|' +
  '특파원|논설위원|편집위원|해설위원|대기자|통신원|앵커|리포터|기상캐스터|칼럼니스트|객원논설위원|교수|연구위원|연구원|' +
  '변호사|작가|평론가|위원)';

const NOT_A_NAME_START = '(?!(?:선임|전문|객원|인턴|수습|논설|편집|대기자|특파원|기자|시민|명예))';
const NAME_CORE = `${NOT_A_NAME_START}[가-힣]{2,4}`;
/**
 * …not the first syllables of a longer word (`도시공` of `도시공학과`) unless a role follows
 * straight on (`권태오기자`), and possibly a given name written before a one-syllable family
 * name (`알렉스 김`).
 */
export const NAME = `(?:${NOT_A_NAME_START}[가-힣]{2,5}\\s[가-힣](?![가-힣])|${NAME_CORE}(?=$|[^가-힣]|${ROLE}))`;

export const EMAIL_SOURCE = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
export const EMAIL = new RegExp(EMAIL_SOURCE, 'g');
/** A line of e-mail addresses only: `hong@x.kr`, `a@x.kr · b@x.kr`. */
export const EMAIL_LINE = new RegExp(
  `^\\s*[/(\\[<]?\\s*${EMAIL_SOURCE}(?:\\s*[·,/|]?\\s*${EMAIL_SOURCE})*\\s*[\\)\\]>]?\\s*$`,
  'u',
);

/** `홍길동 기자`, `홍길동·김철수 기자`, `글·사진 홍길동 기자 hong@x.kr`, `/송지민 기자`, `안산 | 김하진 기자`. */
export const BYLINE_LINE = new RegExp(
  `^\\s*[/=]?\\s*(?:(?:글|사진|영상|그래픽|취재|정리|글·사진|사진·글|글ㆍ사진)\\s*[=:]?\\s*)?` +
    `(?:[가-힣]{1,6}(?:=|\\s*\\|\\s*))?` +
    `((?:${NAME}(?:\\s*[·ㆍ,/]\\s*|\\s+))*${NAME})\\s*(?:[가-힣A-Za-z]{2,8}\\s+)?${ROLE}` +
    `\\s*(?:[\\(\\[<]?\\s*(${EMAIL_SOURCE})\\s*[\\)\\]>]?)?\\s*$`,
  'u',
);

/** Any `이름 기자` occurrence inside a longer string (header info bars). Group 1: the names. */
export const NAMES_WITH_ROLE = new RegExp(
  `(?:^|[^가-힣])((?:${NAME}\\s*[·ㆍ,/]\\s*)*${NAME})\\s?${ROLE}(?![가-힣])`,
  'gu',
);

/**
 * Wire-service opener at the start of the body: `(서울=연합뉴스) 홍길동 기자 =`,
 * `[서울=뉴시스]홍길동 기자 =`, `[세종=아시아경제 주상돈 기자]`. Groups: 1 place, 2 agency,
 * 3 names inside the bracket, 4 names after the bracket.
 */
export const WIRE_DATELINE = new RegExp(
  `^\\s*[\\[\\(【]\\s*([가-힣A-Za-z]{1,10}(?:\\s[가-힣]{1,6})?)\\s*=\\s*([^\\]\\)】=]{1,20}?)` +
    `(?:\\s+((?:${NAME}[·,ㆍ\\s]*)+?)\\s*${ROLE})?\\s*[\\]\\)】]\\s*` +
    `(?:((?:${NAME}\\s*[·,ㆍ]?\\s*)+?)\\s*${ROLE}\\s*=\\s*)?`,
  'u',
);

/** Broadcast sign-off: `YTN 정인용 (quote@ytn.co.kr)`, `MBC뉴스 홍길동입니다.` Group 2: the name. */
export const BROADCAST_SIGNOFF = new RegExp(
  `^\\s*([A-Z]{2,6}|[가-힣]{2,6}TV|채널A|TV조선)\\s*(?:뉴스)?\\s+(${NAME_CORE})(?:\\s*${ROLE})?(?:입니다)?\\.?` +
    `\\s*(?:[\\(\\[]\\s*${EMAIL_SOURCE}\\s*[\\)\\]])?\\s*$`,
  'u',
);

/** English bylines: `By Kim Min-ji`, `By Jane Doe and John Roe`. Group 1: the names. */
export const ENGLISH_BYLINE =
  /^\s*(?:written\s+)?by\s+((?!(?:Published|Updated|Posted|Modified)\b)[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+)?(?!(?:Published|Updated|Posted|Modified|Staff|Reporter|Editor)\b)[A-Z][\w.'’-]*){0,8})/u;

/** Disclaimers that close columns and releases: `※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.` */
export const DISCLAIMER_LINE = /^.{0,80}(?:책임을\s*지지\s*않습니다|편집\s*방향과\s*다를\s*수\s*있습니다|견해와\s*다를\s*수\s*있습니다)\.?$/u;

/** Press-release contact lines: `※ 문의 : 한솔시 기후에너지과(031-000-4275)`. */
export const CONTACT_LINE =
  /^\s*※?\s*(?:문의|담당(?:자|부서)?|연락처|보도\s*자료\s*문의|이메일|카카오톡|전화|사이트)\s*[:：]|^.{0,30}(?:문의|구매|제보|구독|신청)\s*[:：]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/u;

/** Staff credits of broadcast and video reports: `촬영기자:이재성/영상편집:김민지`, `촬영기자 : 최영민`. */
export const CREDIT_LINE =
  /^\s*[([]?\s*(?:촬영(?:\s*기자)?|영상\s*(?:편집|취재|촬영|디자인)|그래픽|자막\s*뉴스|편집|구성|연출|제작|디자인|CG|VJ|기자)\s*[:：]\s*[가-힣]{2,4}(?:\s*[/,·]\s*.*)?$/u;

/** `· 사진 오민규 기자` inside a byline: a photo or video credit, not an author. */
export const PHOTO_CREDIT = new RegExp(
  `(?:^|[·ㆍ/|,]\\s*)(?:사진|영상|그래픽|촬영|일러스트|디자인)\\s*[=:]?\\s*(?:${NAME}\\s*)+(?:기자)?\\s*(?=$|[·ㆍ/|,])`,
  'gu',
);

/** Desk or team credits that are not people. */
export const DESK_NAME = /(?:편집국|뉴스팀|뉴스부|취재팀|취재부|데스크|온라인팀|디지털팀|보도국|편집부|[가-힣]+부$|[가-힣]+팀$)/u;

/** Words that make a "name" an organisation (press, portal, company). */
export const ORGANISATION_WORD =
  /(?:뉴스|일보|신문|닷컴|방송|통신|미디어|매일|경제|타임즈|타임스|저널|포스트|투데이|네이버|다음|코리아|그룹|주식회사|\(주\)|TV|tv|\.com|\.co\.kr|\||(?:정치|경제|사회|국제|문화|산업|체육|스포츠|사진|편집|디지털|온라인|지역|전국|금융|증권|부동산|정책|과학|연예|생활|기획|특별|탐사|보도|취재|사건|법조|교육|노동|외교|통일|국방|행정|유통|IT)(?:부|팀|국)$|(?:시|군|구|도|교육)청$|공사$|공단$|재단$|협회$|학회$|위원회$|센터$|연구소$|병원$|대학교$|은행$|증권$|보험$)/u;

/** A date label (입력, 기사입력, 수정, 승인 …) in header text. Longer labels first. */
export const DATE_LABEL =
  /(기사\s*입력|최종\s*수정|최종\s*업데이트|업데이트|입력|수정|승인|등록|송고|발행|게재|작성|기사전송|Published|Updated|Posted|Modified|Last\s+updated)(?:\s*(?:일시|시간|일|on))?/giu;

/** A date with a time in any Korean page shape. Groups: 1 y, 2 m, 3 d, 4 오전/오후, 5 h, 6 min, 7 s. */
export const DATE_TIME =
  /(\d{4}|(?<!\d)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?\.?\s*(?:\(?[월화수목금토일]\)?\s*)?(?:(오전|오후|AM|PM|am|pm)\s*)?\(?\s*(\d{1,2})\s*[:시]\s*(\d{2})(?:\s*[:분]\s*(\d{2}))?/gu;

/** English dates: `Mar 5, 2024 2:20 PM`, `June 12, 2024 - 14:32`. Groups: 1 month, 2 d, 3 y, 4 h, 5 min, 6 s, 7 am/pm. */
export const ENGLISH_DATE_TIME =
  /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\s*(?:[-–—,|]|at)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/g;
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** What may stand between a label and its date: `입력 : `, `| `, `입력</em>`. */
export const LABEL_DATE_GAP = /^[\s:：|·\-\[\]()]*$/u;

/** An unlabelled date and time: `2026. 1. 6. 16:19`, `2026.01.06. 오후 6:23`. */
export const BARE_DATETIME =
  /(\d{4}|(?<!\d)\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?\s*(?:\(?[월화수목금토일]\)?\s*)?(?:(오전|오후|AM|PM)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?/u;

/** Daum `og:regDate` and similar: `20240731193413`. */
export const COMPACT_DATETIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/;

/** ISO-ish machine dates from meta tags and JSON-LD. */
export const MACHINE_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export const PUBLISHED_LABEL = /^(?:기사입력|입력|등록|송고|발행|게재|작성|기사전송|published|posted)$/iu;
export const MODIFIED_LABEL = /^(?:최종\s*수정|수정|업데이트|최종\s*업데이트|updated|modified|lastupdated)$/iu;
export const APPROVED_LABEL = /^승인$/u;

/** Copyright and rights lines (ⓒ U+24D2, Ⓒ U+24B8, ©, (c)). */
export const COPYRIGHT =
  /(?:[ⓒⒸ©]|\([cC]\)|Copyrights?(?![a-z])|저작권자)[^\n]{0,80}?(?:무단|재배포|배포\s*금지|AI\s*(?:학습|데이터)|All\s+rights\s+reserved)|무단\s*전재[\s·,\-및]*(?:재배포|복제|배포)|무단\s*(?:복제|배포)\s*(?:및|·)?\s*(?:재배포)?\s*금지/iu;
export const COPYRIGHT_STAMP = /^\s*[<\[(]?\s*[ⓒⒸ©]\s*[가-힣A-Za-z&.\s]{2,24}[>\])]?\s*$/u;
export const CORP_FOOTER = /사업자\s*등록\s*번호|인터넷\s*신문\s*등록번호|청소년\s*보호\s*책임자|발행\s*·?\s*편집인/u;

/** A block whose entire text is a UI label: drop it. */
export const CLUTTER_LINE =
  /^[\s\-–—[\](){}<>]*(?:AI\s*요약(?:은.*)?|요약\s*봇|공유(?:하기)?|SNS\s*(?:기사보내기|공유(?:하기)?)|[가-힣A-Za-z]+\(으\)로\s*기사보내기|URL\s*복사|주소\s*복사|링크\s*복사(?:하기)?|기사\s*URL이\s*복사되었습니다\.?|글자\s*크기(?:\s*설정)?|본문\s*글씨\s*(?:키우기|줄이기)|가\s+가|인쇄(?:하기)?|프린트|스크랩(?:하기)?|기사\s*스크랩하기|북마크|본문\s*듣기|댓글(?:\s*\d+)?|댓글\s*쓰기|관련\s*기사|최신\s*(?:뉴스|기사)|많이\s*본\s*(?:뉴스|기사)|인기\s*기사|실시간\s*인기\s*기사|추천\s*기사|주요\s*뉴스|이\s*시각\s*주요\s*뉴스|기자\s*프로필|(?:기자\s*)?구독(?:중|하기)?|구독자(?:\s*[\d,]+)?|응원(?:수|하기)?(?:\s*[\d,]+)?|좋아요(?:\s*\d+)?|이전\s*기사(?:보기)?|다음\s*기사(?:보기)?|스크롤\s*이동\s*상태바|현재\s*위치|광고|AD|Advertisement|Sponsored|by\s*Dable|닫기|더보기|목록)[\s\-–—[\](){}<>]*$/iu;

/** A heading that starts a trailing list: the body ends before it. */
export const TAIL_HEADING =
  /^\s*[▶▷►☞■◆□\[【<]*\s*(?:[가-힣A-Za-z]{1,6}\s+){0,2}(?:(?:이\s*기사에\s*대한\s*)?(?:의견|댓글)(?:\s*\(\d+\))?$|독자\s*의견|관련\s*기사|관련\s*뉴스|많이\s*본\s*(?:뉴스|기사|콘텐츠)|최신\s*(?:뉴스|기사)|인기\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|주요\s*(?:뉴스|기사)|이\s*시각\s*(?:주요\s*)?뉴스|함께\s*(?:볼만한|보면\s*좋은)|오늘의\s*(?:추천|인기)|에디터\s*픽|기자의\s*다른\s*기사|(?:포토|사진|영상|동영상)\s*더\s*보기|관련\s*키워드|Related\s+(?:articles|stories|posts)|More\s+(?:stories|from)|Read\s+more|Most\s+(?:read|popular))\s*[\]】>]?(?:\s.{0,30})?$/iu;

/** Promo and tip lines: `▶ …`, `☞ …`, `제보는 카카오톡 okjebo`. */
export const PROMO_LINE =
  /^\s*(?:[▶▷►☞]\s*.{0,80}|※?\s*['‘"“]?\s*제보(?:는|하기)?\s*(?:카카오톡|이메일|전화).*|.*(?:네이버|다음)에서\s*.{0,20}(?:구독|채널).*|◎공감언론.*|※?\s*['‘"“]?당신의\s*제보가\s*뉴스가\s*됩니다.*|.{0,30}제보를\s*기다립니다.*|※.{0,40}제보.*|.{0,30}(?:후원(?:해\s*주세요|하기|계좌|\s*회원)|응원해\s*주세요).*|(?=.{0,100}$).*후원.*(?:응원|가입|주세요|계좌).*|.{0,30}(?:보내\s*주세요|보내\s*드립니다)\.?|\[(?:카카오톡|전화|메일|이메일)\].{0,40})$/u;

/**
 * Class and id tokens of clutter containers (Korean CMS additions to Readability's list). A token
 * must stand between separators (`view_ad`, `ad-slot`, not `head`); the words in the second group
 * may also run on (`jp-relatedposts`, `sharedaddy`, `commentList`).
 */
export const CLUTTER_CLASS = new RegExp(
  '(?:^|[\\s_-])(?:' +
    'rel_?art|art_?rel|rank(?:ing)?|best|most_?view|hot_?news|more_?news|news_?more|latest_?news|journalist|' +
    'reporter[_-]?(?:area|box|info|card|profile)|writer[_-]?(?:area|box|info|profile|card)|view_?writer|author[_-]?(?:box|card|bio|profile)|copyright|' +
    'reaction|like_?area|sns|font_?(?:size|layer|util)|fontsize|print|scrap|tts|reply|dable|taboola|outbrain|ad|ads|' +
    'adsbygoogle|tag_?list|tags|keyword|location|navi|nav|menu|gnb|lnb|footer|header|sidebar|aside|util|tool|btns?|' +
    'paging|pagination|prev_?next|byline|view_?info|article_?info|info_?view|vjs|gallery|slider|carousel|swiper|modal|' +
    'dialog|overlay|popup|popover|tooltip|ai_?summary|summary_?bot|ticker|cta' +
    ')(?:$|[\\s_-])|(?:^|[\\s_-])(?:relat(?:ed|ion)|recommend|popular|subscri(?:be|ption)|share|sharing|social|comment|' +
    'banner|advert|sponsor|promo|newsletter|breadcrumb|widget|video|player|instagram|tiktok|support|donat)[a-z]*(?:$|[\\s_-])',
  'i',
);

/** Elements hidden from sight (screen-reader labels such as `.blind` 글자 크기, collapsed layers). */
export const HIDDEN_CLASS = /(?:^|\s)(?:hidden|blind|sr-only|screen-reader-text|visually-hidden|a11y-hidden|offscreen|hide)(?:$|\s)/i;

/** Tags that never carry article text. */
export const NON_CONTENT_TAGS = 'script, style, noscript, template, iframe, object, embed, form, button, input, select, textarea, nav, footer, aside, svg, canvas, audio, video, link, meta, ins';

/** Roots of breadcrumbs that are not sections. */
export const BREADCRUMB_ROOT = /^(?:홈|HOME|Home|뉴스\s*홈|뉴스홈|메인|전체\s*기사|전체기사|뉴스|News|기사\s*본문|본문|현재\s*위치|현재위치|위치|Location)$/iu;

/** `<title>` suffix separators: `|`, `-`, `–`, `—`, `:`, `<`, `::`, `»`. */
export const TITLE_SEPARATOR = /\s+(?:[|\-–—<>»:]|::)\s+/u;

export const HANGUL = /[가-힣]/u;
export const HANGUL_GLOBAL = /[가-힣]/gu;
