import { describe, expect, it } from 'vitest';
import { counted } from '../count-format';
import {
  anyDifference,
  claimLinkHeading,
  isDenial,
  otherOutlets,
  reportDifferences,
  singleSourceTitle,
  sourcingLine,
  sourcingParts,
  speakerLine,
} from './claim-text';

describe('counted', () => {
  it('puts the noun in the plural except for one', () => {
    expect(counted(1, 'report')).toBe('1 report');
    expect(counted(0, 'outlet')).toBe('0 outlets');
    expect(counted(1200, 'article')).toBe('1,200 articles');
  });
});

describe('sourcingLine', () => {
  it('counts reports, articles and outlets, with the first and last publication', () => {
    const line = sourcingLine({
      reports: 4,
      articles: 3,
      outlets: ['thefrontierpost.com', 'brecorder.com (AFP)', 'VOA'],
      firstReported: '2024-08-22',
      lastReported: '2024-10-05',
    });
    expect(line).toBe('4 reports · 3 articles · 3 outlets · first reported 22 Aug 2024, last 5 Oct 2024');
  });

  it('says "reported" once when every report came out the same day', () => {
    expect(sourcingLine({ reports: 2, articles: 1, outlets: ['kyma.com (AP)'], firstReported: '2024-12-17', lastReported: '2024-12-17' })).toBe(
      '2 reports · 1 article · 1 outlet · reported 17 Dec 2024',
    );
  });

  it('names the outlet of a claim told once', () => {
    expect(sourcingLine({ reports: 1, articles: 1, outlets: ['kun.uz'], firstReported: '2024-09-06', lastReported: '2024-09-06' })).toBe(
      '1 report · kun.uz · reported 6 Sep 2024',
    );
  });

  it('gives the parts the line may wrap between', () => {
    expect(sourcingParts({ reports: 2, articles: 2, outlets: ['a.com', 'b.com'], firstReported: '2024-07-04', lastReported: '2024-12-17' })).toEqual([
      '2 reports',
      '2 articles',
      '2 outlets',
      'first reported 4 Jul 2024, last 17 Dec 2024',
    ]);
  });

  it('leaves the dates out when no document is dated', () => {
    expect(sourcingLine({ reports: 1, articles: 1, outlets: ['kun.uz'], firstReported: undefined, lastReported: undefined })).toBe('1 report · kun.uz');
  });
});

describe('singleSourceTitle', () => {
  it('explains that the reports trace back to one origin', () => {
    expect(singleSourceTitle({ reports: 2, origins: ['AP'] })).toBe(
      'Rests on one outlet or agency (AP): all 2 reports trace back to it, so no independent source confirms the claim.',
    );
    expect(singleSourceTitle({ reports: 1, origins: ['kun.uz'] })).toBe('Rests on one outlet or agency (kun.uz): no other outlet or agency reports the claim.');
  });
});

describe('otherOutlets', () => {
  it('lists the outlets after the first report’s, each once, in report order', () => {
    expect(otherOutlets(['a.com', 'b.com (AFP)', 'a.com', 'c.org', 'b.com (AFP)'])).toEqual(['b.com (AFP)', 'c.org']);
    expect(otherOutlets(['a.com', 'a.com'])).toEqual([]);
    expect(otherOutlets([])).toEqual([]);
  });
});

describe('claim links', () => {
  it('heads each kind of link in plain words, a denial as such', () => {
    expect(claimLinkHeading('supersededBy')).toBe('Superseded by');
    expect(claimLinkHeading('supersedes')).toBe('Supersedes');
    expect(claimLinkHeading('contradictedBy')).toBe('Contradicted by');
    expect(claimLinkHeading('contradicts')).toBe('Contradicts');
    expect(claimLinkHeading('answeredBy')).toBe('Answered by');
    expect(claimLinkHeading('answeredBy', true)).toBe('Denied by');
    expect(claimLinkHeading('answers')).toBe('Answers');
    expect(claimLinkHeading('answers', true)).toBe('Denies');
  });

  it('knows a denial by its type or its status', () => {
    expect(isDenial({ type: 'denial', status: 'asserted' })).toBe(true);
    expect(isDenial({ type: 'accusation', status: 'denied' })).toBe(true);
    expect(isDenial({ type: 'accusation', status: 'alleged' })).toBe(false);
  });
});

describe('reportDifferences', () => {
  it('tells whether a report says another status or date than its claim (its speaker has a line of its own)', () => {
    const claim = { status: 'asserted' as const, date: undefined };
    const same = reportDifferences(claim, { status: 'asserted' });
    expect(same).toEqual({ status: false, date: false });
    expect(anyDifference(same)).toBe(false);
    const other = reportDifferences(claim, { status: 'asserted', date: '2024-08' });
    expect(other).toEqual({ status: false, date: true });
    expect(anyDifference(other)).toBe(true);
    expect(reportDifferences(claim, { status: 'alleged' }).status).toBe(true);
  });
});

describe('speakerLine', () => {
  it('names the speaker of a report, in the words of its status', () => {
    expect(speakerLine({ status: 'decided', saidBy: 'zamir-kabulov' }).lead).toBe('Said by ');
    expect(speakerLine({ status: 'alleged', saidBy: 'taliban' }).lead).toBe('Alleged by ');
    expect(speakerLine({ status: 'denied', saidBy: 'kremlin' }).lead).toBe('Denied by ');
  });

  it('reads a fact without a speaker as the article’s own words, and says when no one is named', () => {
    expect(speakerLine({ status: 'asserted' }).lead).toBe('In the article’s own words');
    expect(speakerLine({ status: 'hoped' }).lead).toBe('Speaker not named');
    expect(speakerLine({}).lead).toBe('Speaker not given');
  });
});
