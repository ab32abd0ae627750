-- Staff accounts and API tokens.

CREATE TABLE staff_user (
    id              uuid PRIMARY KEY,
    username        text        NOT NULL CHECK (username ~ '^[a-z][a-z0-9._-]{1,39}$'),
    display_name    text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    password_hash   text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('FRONT_DESK', 'BILLING', 'PROVIDER', 'MANAGER', 'ADMIN')),
    enabled         boolean     NOT NULL DEFAULT true,
    failed_logins   integer     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    timestamptz,
    -- base32 TOTP secret; null until the user enrols
    mfa_secret      text,
    mfa_enabled     boolean     NOT NULL DEFAULT false,
    -- demo accounts only: lets the demo ADMIN in without a second factor
    mfa_exempt      boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT staff_user_mfa_needs_secret CHECK (NOT mfa_enabled OR mfa_secret IS NOT NULL)
);
CREATE UNIQUE INDEX staff_user_username_key ON staff_user (lower(username));

CREATE TABLE api_token (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    staff_user   uuid        NOT NULL REFERENCES staff_user (id),
    -- SHA-256 of the token; the token itself is shown once and never stored
    token_hash   bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
