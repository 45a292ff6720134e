/**
 * Contact data is personal: a phone number shows as its first 3 and last 2 digits, an address only to its building,
 * to everyone who does not need it to do the work.
 */
import type { Address } from '../../types/domain';

export function maskPhone(phone: string): string {
  if (phone.length <= 5) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 5) + phone.slice(-2);
}

/** A contact name shows its first character only: 王** . */
export const maskName = (name: string) => name.slice(0, 1) + '**';

export function formatAddress(address: Address | null, masked: boolean): string | null {
  if (!address) return null;
  if (masked) return `${address.building}（门牌号已隐藏）`;
  return [address.building, address.unit, address.room].filter(Boolean).join(' ');
}
