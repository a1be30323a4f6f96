// Delivery addresses in the web app: the fields every view of one asks for (a fragment), the
// member's list (checkout and the addresses page share it), and how one reads on a line: a
// Chinese address from the largest place to the smallest, as it is written on a waybill (省市区
// then the street); any other from the street out.
import { graphql } from '../gql';

export const PostalAddressFragment = graphql(`
  fragment PostalAddress_fields on PostalAddress {
    recipientName
    phone
    country
    region
    city
    district
    street
    postcode
  }
`);

export const MyAddressesQuery = graphql(`
  query MyAddresses {
    myAddresses {
      id
      address {
        ...PostalAddress_fields
      }
    }
  }
`);
export interface AddressLike {
  recipientName: string;
  phone: string;
  country: string;
  region?: string | null;
  city: string;
  district?: string | null;
  street: string;
  postcode?: string | null;
}

/** Countries offered first in the address form; any other two-letter code can be typed. */
export const COUNTRIES = ['CN', 'HK', 'MO', 'TW', 'SG', 'MY', 'JP', 'KR', 'US', 'CA', 'GB', 'DE', 'FR', 'AU'] as const;

export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function addressLine(a: AddressLike, lang: string): string {
  if (a.country === 'CN') {
    // 上海市 is both province and city: said once.
    const places = [a.region, a.city === a.region ? null : a.city, a.district].filter(Boolean).join('');
    return `${places}${a.street}${a.postcode ? ` (${a.postcode})` : ''}`;
  }
  return [a.street, a.district, a.city, [a.region, a.postcode].filter(Boolean).join(' '), countryName(a.country, lang)].filter(Boolean).join(', ');
}
