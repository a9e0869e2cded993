-- One mobile number belongs to one mobile account: sign-in and recovery by phone find one
-- customer, and the back office cannot give a number out twice.
CREATE UNIQUE INDEX service_accounts_mobile_phone ON service_accounts (phone)
    WHERE kind = 'mobile';
