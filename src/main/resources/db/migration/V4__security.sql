-- Security: TOTP replay protection.

-- The last 30-second step whose code was accepted: RFC 6238 section 5.2 says a code must not be accepted twice.
ALTER TABLE staff_user ADD COLUMN mfa_last_step bigint;

-- The admin page lists each account's tokens.
CREATE INDEX api_token_staff_user_idx ON api_token (staff_user);
