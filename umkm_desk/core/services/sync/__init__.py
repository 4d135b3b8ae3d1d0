"""Field laptops: packages of changes between PCs (make, apply in order, exactly once), three-way merge against
what each peer last held, conflicts queued for an officer, and register-number blocks reserved for laptops."""
