-- Bonus transfers (PRODUCT 5, issue 7): points move to another number of the operator in one
-- transaction as two entries, `transfer_out` (negative, the sender's) and `transfer_in`
-- (positive, the receiver's), each with the other number in `detail`.
ALTER TABLE bonus_entries DROP CONSTRAINT bonus_entries_kind_check;
ALTER TABLE bonus_entries ADD CONSTRAINT bonus_entries_kind_check
    CHECK (kind IN ('accrual', 'fee', 'reward', 'transfer_out', 'transfer_in'));
