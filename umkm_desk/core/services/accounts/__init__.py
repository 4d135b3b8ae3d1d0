"""Who may do what: login accounts with Argon2id passwords, the one role × action permission table that every
write service checks, NIK masking and the append-only audit trail."""
