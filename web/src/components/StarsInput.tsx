// Choose 1–5 stars: a radio group, so arrow keys and screen readers work without extra code.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function StarsInput({ value, onChange, legend }: { value: number; onChange: (stars: number) => void; legend: string }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="stars-input">
      <legend>{legend}</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className={n <= value ? 'star on' : 'star'}>
          <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} className="visually-hidden" />
          <span aria-hidden="true">★</span>
          <span className="visually-hidden">{t('stars.label', { count: n })}</span>
        </label>
      ))}
    </fieldset>
  );
}
