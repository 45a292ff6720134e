/**
 * 代评 counted apart: a resident's own rating, a rating given for them, and an order closed unrated never mix.
 */
import { ratingKind, tallyRatings } from '../../cloud/domain/ratings';
import type { Rating } from '../../types/domain';

const own = (stars: number): Rating => ({ stars, comment: null, autoClosed: false });
const proxy = (stars: number, way: 'phone' | 'visit'): Rating => ({ stars, comment: null, autoClosed: false, proxy: { by: 'u-grid', way } });
const auto: Rating = { stars: null, comment: null, autoClosed: true };

test('each rating is of one kind', () => {
  expect([own(5), proxy(3, 'phone'), auto, { ...own(4), proxy: null }].map(ratingKind)).toEqual(['own', 'proxy', 'auto', 'own']);
});

test('a tally keeps residents\' own ratings, 代评 (by way) and unrated closings apart', () => {
  expect(tallyRatings([own(5), own(3), proxy(4, 'phone'), proxy(2, 'visit'), proxy(5, 'visit'), auto, null])).toEqual({
    own: { count: 2, stars: 8 },
    proxy: { count: 3, stars: 11, byWay: { phone: 1, visit: 2 } },
    auto: 1,
  });
  expect(tallyRatings([])).toEqual({ own: { count: 0, stars: 0 }, proxy: { count: 0, stars: 0, byWay: { phone: 0, visit: 0 } }, auto: 0 });
});
