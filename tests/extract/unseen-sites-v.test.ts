/** Rules from pages on sites the corpus had not seen (issue 10, fixtures 144–149, 294–299, 470–473): each with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import {
  APPLY_START,
  NON_LATIN_ROLE_NOUNS,
  MORE_JOB_HEADINGS,
  POSTING_WORDS,
} from '../../utils/extract/data/detect-words';
import { JOB_ID_PART, LIST_TITLE } from '../../utils/extract/data/vocabulary';
import { isKnownPlace } from '../../utils/extract/generic/places';
import { bracketSectionLabels } from '../../utils/extract/generic/plain-job-signs';
import { companyFromCareersPhrase } from '../../utils/extract/generic/title-patterns';

describe('a results heading with words between the count and the noun', () => {
  it('"1,284 Python Developer jobs" and "312 warehouse jobs" count results', () => {
    expect(LIST_TITLE.test('1,284 Python Developer jobs')).toBe(true);
    expect(LIST_TITLE.test('312 warehouse jobs')).toBe(true);
    expect(LIST_TITLE.test('57 C# .NET developer vacancies')).toBe(true);
  });
  it('a role with a number in it is not a list', () => {
    expect(LIST_TITLE.test('Senior Python Developer')).toBe(false);
    expect(LIST_TITLE.test('Level 2 Support Engineer')).toBe(false);
    expect(LIST_TITLE.test('Teacher of Year 5 (maternity cover)')).toBe(false);
  });
});

describe('a job reference after a label', () => {
  it('"Stellen-ID: Req ID 4471" and "Kennziffer 2026-118" are references, not places', () => {
    expect(JOB_ID_PART.test('Stellen-ID: Req ID 4471')).toBe(true);
    expect(JOB_ID_PART.test('Kennziffer 2026-118')).toBe(true);
    expect(JOB_ID_PART.test('Job ID: R-2231')).toBe(true);
  });
  it('a place with a state code and a postcode stays a place', () => {
    expect(JOB_ID_PART.test('Boise, ID 83704')).toBe(false);
    expect(JOB_ID_PART.test('75001')).toBe(false);
  });
});

describe('large African cities in the place list', () => {
  it('Abuja and Accra are places', () => {
    expect(isKnownPlace('Abuja')).toBe(true);
    expect(isKnownPlace('Accra')).toBe(true);
  });
});

describe('Chinese, Japanese and Korean job words', () => {
  it('role nouns name a role in a title', () => {
    for (const title of ['サーバーサイドエンジニア（正社員）', '行銷專員', '백엔드 개발자 채용', '资深产品经理'])
      expect(NON_LATIN_ROLE_NOUNS.test(title), title).toBe(true);
    expect(NON_LATIN_ROLE_NOUNS.test('会社概要')).toBe(false);
  });
  it('apply controls read, though `\\b` never ends after a CJK letter', () => {
    for (const text of ['話を聞きに行きたい', 'エントリー', '我要應徵', '立即申请', '지원하기'])
      expect(APPLY_START.test(text), text).toBe(true);
    expect(APPLY_START.test('会社をフォロー')).toBe(false);
  });
  it('section names, bare or in brackets', () => {
    for (const text of ['【仕事内容】', '応募資格', '工作內容', '任职要求', '자격요건', '우대 사항'])
      expect(MORE_JOB_HEADINGS.test(text), text).toBe(true);
    expect(MORE_JOB_HEADINGS.test('会社情報')).toBe(false);
  });
  it('a title that calls itself an opening ("…を募集", "…招聘")', () => {
    expect(POSTING_WORDS.test('物流SaaSのPdMを募集！')).toBe(true);
    expect(POSTING_WORDS.test('上海某科技公司招聘前端工程师')).toBe(true);
    expect(POSTING_WORDS.test('会社概要 - Wantedly')).toBe(false);
  });
  it('bracketed labels inside a paragraph count as sections', () => {
    expect(bracketSectionLabels('【必須スキル】\n・TypeScript\n【歓迎スキル】\n・AWS\n【選考フロー】書類選考')).toBe(2);
    expect(bracketSectionLabels('【重要】お知らせ')).toBe(0);
  });
});

describe('a careers phrase in Japanese', () => {
  it('"Xの…の採用" and "X採用情報" name the employer', () => {
    expect(companyFromCareersPhrase('株式会社みなと製作所のデザイナーの採用')).toBe('株式会社みなと製作所');
    expect(companyFromCareersPhrase('みなと製作所の採用情報')).toBe('みなと製作所');
    expect(companyFromCareersPhrase('エンジニアの採用')).toBe(null);
    expect(companyFromCareersPhrase('経理スタッフの求人')).toBe(null);
  });
  it('the English phrases still read as before', () => {
    expect(companyFromCareersPhrase('Harbor Labs Careers')).toBe('Harbor Labs');
    expect(companyFromCareersPhrase('Senior Designer')).toBe(null);
  });
});

describe('a Japanese project page marked as an article', () => {
  it('is a posting when it has a role title, bracketed sections and an apply control', () => {
    const html = `<html lang="ja"><head><title>在庫管理をRubyで作るエンジニア募集 - 株式会社みなと製作所のエンジニアの採用 - Wantedly</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Wantedly"></head><body>
      <h1>在庫管理をRubyで作るエンジニア募集</h1><a href="/companies/minato">株式会社みなと製作所</a>
      <h2>こんなことやります</h2><p>倉庫の在庫管理システムを開発します。</p>
      <p>【必須スキル】<br>・Ruby on Rails での開発経験</p><p>【歓迎スキル】<br>・物流業界の経験</p>
      <button>話を聞きに行きたい</button></body></html>`;
    const { document } = parseHTML(html);
    const out = extract(document as unknown as Document, 'https://www.wantedly.com/projects/42', { now: null });
    expect(out.isJobPosting).toBe(true);
    expect(out.posting?.title).toBe('在庫管理をRubyで作るエンジニア募集');
    expect(out.posting?.company).toBe('株式会社みなと製作所');
  });
});
