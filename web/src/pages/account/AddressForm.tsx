// The form for one delivery address. China's form asks for province, city and district and a
// mobile number; any other country's for a city and a street, the rest optional. The server
// checks the same rules and names the field it refuses.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormError } from '../../components/States';
import { COUNTRIES, countryName, type AddressLike } from '../../lib/address';

export type AddressInput = Omit<AddressLike, 'region' | 'district' | 'postcode'> & { region: string | null; district: string | null; postcode: string | null };

interface Props {
  initial?: AddressLike;
  saving: boolean;
  error: unknown;
  onSave: (input: AddressInput) => Promise<unknown>;
  onCancel?: () => void;
}

export function AddressForm({ initial, saving, error, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [a, setA] = useState({
    recipientName: initial?.recipientName ?? '',
    phone: initial?.phone ?? '',
    country: initial?.country ?? 'CN',
    region: initial?.region ?? '',
    city: initial?.city ?? '',
    district: initial?.district ?? '',
    street: initial?.street ?? '',
    postcode: initial?.postcode ?? '',
  });
  const set = (field: keyof typeof a) => (e: { target: { value: string } }) => setA({ ...a, [field]: e.target.value });
  const china = a.country === 'CN';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const orNull = (s: string) => (s.trim() ? s : null);
    void onSave({ ...a, region: orNull(a.region), district: orNull(a.district), postcode: orNull(a.postcode) }).catch(() => undefined);
  };
  return (
    <form className="form" onSubmit={submit} data-testid="address-form">
      <div className="field">
        <label htmlFor="address-country">{t('account.addresses.country')}</label>
        <select id="address-country" name="country" value={a.country} onChange={set('country')}>
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {countryName(code, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('account.addresses.recipient')} name="recipientName" required maxLength={50} value={a.recipientName} onChange={set('recipientName')} />
      <Field label={t('account.addresses.phone')} name="phone" type="tel" autoComplete="tel" required hint={china ? t('account.addresses.phoneHintCN') : t('account.addresses.phoneHint')} value={a.phone} onChange={set('phone')} />
      <Field label={china ? t('account.addresses.province') : t('account.addresses.region')} name="region" required={china} maxLength={china ? 30 : 60} value={a.region} onChange={set('region')} />
      <Field label={t('account.addresses.city')} name="city" required maxLength={60} value={a.city} onChange={set('city')} />
      <Field label={china ? t('account.addresses.district') : t('account.addresses.districtOptional')} name="district" required={china} maxLength={china ? 30 : 60} value={a.district} onChange={set('district')} />
      <Field label={t('account.addresses.street')} name="street" required maxLength={200} autoComplete="street-address" value={a.street} onChange={set('street')} />
      <Field label={t('account.addresses.postcode')} name="postcode" maxLength={12} autoComplete="postal-code" value={a.postcode} onChange={set('postcode')} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button" disabled={saving}>
          {t('account.save')}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
