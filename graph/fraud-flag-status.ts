// Which fraud-flag statuses hold commissions. An open flag holds while an admin reviews it; an
// upheld one keeps holding because the admin found the pattern real; only a cleared flag lets go.
export const HOLDING_FLAG_STATUSES = ['OPEN', 'UPHELD'] as const;
