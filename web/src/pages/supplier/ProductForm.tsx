// Create or edit a product. The price is typed in yuan and converted to fen by parsing the
// decimal string (parseMoneyInput), never by multiplying a float; the commission in percent
// becomes basis points the same way. Photos are uploaded as they are picked and attached, in
// the order shown, when the product is saved (after it is created, for a new one).
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Field } from '../../components/Field';
import { CategoryPicker } from './CategoryPicker';
import { FormError } from '../../components/States';
import { bpsToPercent, minorToInput, parseMoneyInput, parsePercentInput } from '../../lib/format';
import { PhotoPicker, pickedPhotos, type PickedPhoto } from '../../components/photos/PhotoPicker';

export const ProductFormFragment = graphql(`
  fragment ProductForm_product on Product {
    id
    title
    description
    category
    priceMinor
    commissionRateBps
    photos {
      id
      ...PickedPhoto_photo
    }
  }
`);

/** As many as the API takes (MAX_PRODUCT_PHOTOS on the server). */
const MAX_PHOTOS = 6;

const SetProductPhotosMutation = graphql(`
  mutation SetProductPhotos($productId: ID!, $photoIds: [ID!]!) {
    setProductPhotos(productId: $productId, photoIds: $photoIds) {
      id
      ...ProductForm_product
      ...ProductSummary_product
    }
  }
`);

const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      ...ProductForm_product
    }
  }
`);

const UpdateProductMutation = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      id
      ...ProductForm_product
      ...ProductSummary_product
    }
  }
`);

export function ProductForm(props: { product?: FragmentType<typeof ProductFormFragment>; onDone: () => void }) {
  const { t } = useTranslation();
  const product = getFragmentData(ProductFormFragment, props.product);
  const [form, setForm] = useState({
    title: product?.title ?? '',
    description: product?.description ?? '',
    category: product?.category ?? '',
    price: product ? minorToInput(product.priceMinor) : '',
    commission: product ? bpsToPercent(product.commissionRateBps) : '10',
  });
  const [photos, setPhotos] = useState<PickedPhoto[]>(pickedPhotos(product?.photos));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [attach, attachState] = useMutation(SetProductPhotosMutation, { refetchQueries: ['SupplierProducts'] });
  const [create, createState] = useMutation(CreateProductMutation, { refetchQueries: ['SupplierProducts', 'Categories'] });
  const [update, updateState] = useMutation(UpdateProductMutation);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const priceMinor = parseMoneyInput(form.price);
    const commissionRateBps = parsePercentInput(form.commission);
    if (priceMinor === null || priceMinor <= 0) return setInvalid(t('supplier.badPrice'));
    if (commissionRateBps === null || commissionRateBps > 3000) return setInvalid(t('supplier.badCommission'));
    setInvalid(null);
    const fields = { title: form.title.trim(), description: form.description.trim(), category: form.category, priceMinor, commissionRateBps };
    try {
      const saved = product
        ? (await update({ variables: { input: { id: product.id, ...fields } } })).data?.updateProduct.id
        : (await create({ variables: { input: { ...fields, currency: 'CNY' } } })).data?.createProduct.id;
      const photoIds = photos.map((p) => p.id);
      const before = (product?.photos ?? []).map((p) => p.id);
      if (saved && photoIds.join() !== before.join()) await attach({ variables: { productId: saved, photoIds } });
      props.onDone();
    } catch {
      // shown by FormError
    }
  };

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} aria-label={product ? t('supplier.editProduct') : t('supplier.newProduct')}>
      <Field label={t('supplier.productTitle')} required maxLength={120} value={form.title} onChange={set('title')} />
      <Field label={t('supplier.description')} maxLength={2000} value={form.description} onChange={set('description')} />
      <CategoryPicker value={form.category} onChange={(category) => setForm({ ...form, category })} />
      <Field label={t('supplier.price')} required inputMode="decimal" hint={t('supplier.priceHint')} value={form.price} onChange={set('price')} />
      <Field label={t('supplier.commission')} required inputMode="decimal" hint={t('supplier.commissionHint')} value={form.commission} onChange={set('commission')} />
      <PhotoPicker label={t('photos.productLabel')} hint={t('photos.productHint')} photos={photos} max={MAX_PHOTOS} onChange={setPhotos} coverFirst />
      {invalid && (
        <p role="alert" className="form-error">
          {invalid}
        </p>
      )}
      <FormError error={createState.error ?? updateState.error ?? attachState.error} />
      <div className="row">
        <button type="submit" className="button" disabled={createState.loading || updateState.loading || attachState.loading}>
          {product ? t('supplier.save') : t('supplier.create')}
        </button>
        <button type="button" className="button secondary" onClick={props.onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
