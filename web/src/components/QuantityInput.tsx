// How many to buy, 1–99 (MAX_ORDER_QUANTITY): a typed value out of range is brought back into it,
// so the button under it never sends what the API would refuse. Used by Buy and by joining a group.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function QuantityInput({ value, onChange }: { value: number; onChange: (quantity: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <label htmlFor={id} className="quantity">
      {t('buy.quantity')}
      <input id={id} type="number" min={1} max={99} value={value} onChange={(e) => onChange(Math.min(99, Math.max(1, Number(e.target.value) || 1)))} />
    </label>
  );
}
