"""The office server: where this PC's data lives (a local file or the office PostgreSQL server), the diagnosis of a
connection, its password in the OS credential store, preparing the server's schema and moving a PC's data onto it."""
