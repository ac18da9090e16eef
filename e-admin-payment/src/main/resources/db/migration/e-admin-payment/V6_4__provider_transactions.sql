-- Notifications of some providers name only their own transaction id: find the payment by it.
CREATE INDEX eadmin_payment_provider_tx_idx ON eadmin_payment (provider, provider_transaction_id);
