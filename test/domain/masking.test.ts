/**
 * Contact data shown to people who do not need it for the work: phone as first 3 + last 2 digits,
 * address only to the building.
 */
import { formatAddress, maskPhone } from '../../cloud/domain/masking';

describe('maskPhone', () => {
  test('a mobile number keeps its first 3 and last 2 digits', () => {
    expect(maskPhone('13912345678')).toBe('139******78');
  });

  test('the masked number is as long as the real one, so it still reads as a phone number', () => {
    expect(maskPhone('0519-1111111')).toBe('051*******11');
    expect(maskPhone('0519-1111111')).toHaveLength('0519-1111111'.length);
    expect(maskPhone('123456')).toBe('123*56');
  });

  test('a number too short to keep 5 digits is hidden entirely, never shown whole', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('110')).toBe('***');
    expect(maskPhone('')).toBe('');
  });
});

describe('formatAddress', () => {
  const full = { building: '3栋', unit: '2单元', room: '501' };

  test('masked, only the building shows', () => {
    const shown = formatAddress(full, true)!;
    expect(shown).toBe('3栋（门牌号已隐藏）');
    expect(shown).not.toContain('2单元');
    expect(shown).not.toContain('501');
  });

  test('unmasked, the whole address, skipping missing parts', () => {
    expect(formatAddress(full, false)).toBe('3栋 2单元 501');
    expect(formatAddress({ building: '3栋', unit: null, room: '501' }, false)).toBe('3栋 501');
    expect(formatAddress({ building: '3栋', unit: null, room: null }, false)).toBe('3栋');
  });

  test('no address (the resident chose a grid instead) stays null either way', () => {
    expect(formatAddress(null, true)).toBeNull();
    expect(formatAddress(null, false)).toBeNull();
  });
});
