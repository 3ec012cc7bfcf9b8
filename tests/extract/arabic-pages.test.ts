/**
 * Arabic job pages: an apply button, section names, posting words and a role noun in the title count
 * as job signs as they do in other languages (`\b` never holds beside an Arabic letter, so the words
 * stand apart from the Latin lists). Pages invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import {
  APPLY_START,
  NON_LATIN_ROLE_NOUNS,
  MORE_JOB_HEADINGS,
  POSTING_WORDS,
} from '../../utils/extract/data/detect-words';

const page = (title: string, body: string) =>
  parseHTML(
    `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  ).document as unknown as Document;

describe('Arabic job signs', () => {
  it('reads the apply button, the section names and the posting words', () => {
    expect(APPLY_START.test('قدّم الآن')).toBe(true);
    expect(APPLY_START.test('قدم طلبك')).toBe(true);
    expect(MORE_JOB_HEADINGS.test('المتطلبات')).toBe(true);
    expect(MORE_JOB_HEADINGS.test('المهام والمسؤوليات')).toBe(true);
    expect(POSTING_WORDS.test('وظيفة شاغرة: مشرف مستودع')).toBe(true);
    expect(POSTING_WORDS.test('مطلوب ممرضة لعيادة أسنان')).toBe(true);
  });

  it('finds a role noun as a word, not inside another word', () => {
    expect(NON_LATIN_ROLE_NOUNS.test('محاسب أول - شركة الواحة')).toBe(true);
    expect(NON_LATIN_ROLE_NOUNS.test('مهندس برمجيات')).toBe(true);
    expect(NON_LATIN_ROLE_NOUNS.test('مديرية الصحة تعلن نتائج المسابقة')).toBe(false);
    expect(NON_LATIN_ROLE_NOUNS.test('أخبار السوق اليوم')).toBe(false);
  });

  it('accepts a company page that posts one job, with its title and employer', () => {
    const result = extract(
      page(
        'مهندس صيانة - مصنع النخيل للأغذية - جدة',
        `<header><a href="/">مصنع النخيل للأغذية</a></header><main><h1>مهندس صيانة</h1>
         <p>جدة · دوام كامل</p>
         <h2>المهام</h2><ul><li>صيانة خطوط التعبئة وقائياً</li><li>متابعة قطع الغيار</li></ul>
         <h2>المؤهلات</h2><ul><li>بكالوريوس هندسة ميكانيكية</li><li>خبرة ثلاث سنوات في مصانع الأغذية</li></ul>
         <a class="btn" href="/apply/77">تقدّم الآن</a></main>`,
      ),
      'https://careers.nakheel-foods.example/jobs/77',
    );
    expect(result.isJobPosting).toBe(true);
    expect(result.posting?.title).toBe('مهندس صيانة');
    expect(result.posting?.company).toBe('مصنع النخيل للأغذية');
  });

  it('still refuses an Arabic news article about the job market', () => {
    const result = extract(
      page(
        'ارتفاع عدد الوظائف في قطاع التقنية - صحيفة الخليج',
        `<main><h1>ارتفاع عدد الوظائف في قطاع التقنية</h1><p>نشر في 12 نوفمبر 2026</p>
         <p>أعلنت الهيئة أن قطاع التقنية أضاف آلاف الوظائف خلال العام، وأن الطلب على المهندسين والمحللين مستمر.</p>
         <p>ويرى خبراء أن التدريب المهني هو المفتاح لسد الفجوة في المهارات.</p></main>`,
      ),
      'https://news.khaleej.example/tech/2026/11/12/jobs-rise',
    );
    expect(result.isJobPosting).toBe(false);
  });
});
