"""Small widgets and helpers that pages and dialogs share, so each is written once."""
